// ─── Global state ──────────────────────────────────────────────────────────────────────────────
// Every VAR, CONST and LIST of the story lives here, grouped by what it tracks.

// Writers' jump menu (debug.ink): true opens the story on it instead of the protagonist screen. The
// game never sets it; test/story/debug.test.ts sets it through the runtime.
VAR DEBUG = false
// Set by the What-if Lab's engine, which reads only endings: the story then skips what only a table
// and a run's record read (the SHIFT tags, the members' stances and ballots), which costs ink steps.
VAR simulating = false

// Who the player is: "Trotsky" or "Stalin" (empty until the first choice).
VAR protagonist = ""
// The lesson-length run (short_run.ink): set by the game before the first line, never by the story.
VAR short_run = false

// The six meters: support for the protagonist, 0–100, relative to whoever is played.
// Change them ONLY through shift() in functions.ink, which clamps and tags each change with its cause.
// The host observes these variables and mirrors them on the table and in role="meter" elements.
VAR apparatus = 50   // the Secretariat, the provincial secretaries and the delegates they pick
VAR left = 50        // Zinoviev's Leningrad machine, the Left, the radical youth
VAR right = 50       // Bukharin, Rykov, Tomsky; the trade unions; the friends of NEP
VAR army = 50        // the Red Army's commanders and party cells
VAR mantle = 50      // standing as the true Leninist
VAR suspicion = 50   // how far rivals fear you; when it is high they unite against you

LIST Meter = Apparatus, Left, Right, Army, Mantle, Suspicion

// Why a meter moved: the notes' "Why did Stalin win?" factors, F073–F098 (see fact_of(): the order of the items IS the mapping, Luck = F073 … Doctrine = F098).
LIST Cause = Luck, Centralism, Organisation, Offices, Surveillance, AtTheCentre, Moderation, Patronage, NewMembers, Purges, Votes, FactionBan, Misrepresentation, Discipleship, NationalPride, DivideAndRule, Flexibility, Tactics, CivilWarMethods, RadicalMood, TestamentBuried, Underestimated, FuneralAbsence, Personality, Alliances, Doctrine

// ─── The table ─────────────────────────────────────────────────────────────────────────────────
// Who sits at the Politburo table, by the real membership at each date (FACTBASE §2), changed by the
// story as members rise and fall. The host observes both lists to seat the table.
LIST Member = Lenin, Trotsky, Stalin, Zinoviev, Kamenev, Rykov, Tomsky, Bukharin, Kalinin, Molotov, Rudzutak, Voroshilov, Kuibyshev
// December 1922: the Politburo elected after the 11th Congress (April 1922). Rudzutak becomes a candidate
// at the 12th Congress (April 1923); later changes are made by the act in which they happen.
VAR politburo = (Lenin, Trotsky, Stalin, Zinoviev, Kamenev, Rykov, Tomsky)
VAR candidates = (Bukharin, Kalinin, Molotov)
VAR lenin_dead = false
// Who sat at the table (members and candidates) when the run began, set by begin_as_*(): an ending
// shows who of them is gone. Observed by the game.
VAR first_table = ()

// Who holds the General Secretaryship (Stalin from 3 April 1922 in history).
VAR general_secretary = Stalin

// ─── Alignment at the table ───────────────────────────────────────────────────────────────────
// Who stands with the player, who wavers and who is against him, and how each votes: computed by
// align() and ballots() in alignment.ink, which explains the rule these numbers serve.
CONST ALLIED_FROM = 60
CONST HOSTILE_BELOW = 35
CONST FEAR_FROM = 50
CONST RIVAL_HOSTILE_FROM = 40
CONST BLOC_BONUS = 20

// Who stands for which meter at the table. The Army has no member of its own: Voroshilov was
// Stalin's man before he was the army's, so he sits with the Secretariat's men.
VAR apparatus_men = (Molotov, Kalinin, Voroshilov, Rudzutak, Kuibyshev)
VAR left_men = (Zinoviev, Kamenev)
VAR right_men = (Bukharin, Rykov, Tomsky)
VAR mantle_men = (Lenin)

// The three stances: once a run has started, every Member but the player is in exactly one.
// Observed by the game (OBSERVED_VARIABLES in src/narrative/InkRunner.ts).
VAR allied = ()
VAR wavering = ()
VAR hostile = ()
// The stances as one number, so that align() rebuilds the lists only when one changes: list
// operations are costly in inkjs, and every move of a meter calls align().
VAR alignment_code = -1

// Members who sit on the Politburo but are not in the room: Lenin, shut away by his illness from
// December 1922 until his death; anyone the story sends away for a meeting (~ away += Trotsky before
// the vote, ~ away -= Trotsky after it). Away members never vote.
VAR away = (Lenin)

// What the next vote means for the player, said by the story just before vote():
//   ~ motion_is(AgainstYou, Stalin, Trotsky)       side, moved by, about
// ForYou: carrying it helps the player. AgainstYou: carrying it hurts him. YouYield: it is against him
// and he votes for it all the same (a recantation, a resignation he means), and his allies with him.
// WithMajority: a fight between others, in which the player goes with the majority like everyone who
// neither moved it nor is its target.
// The members a motion is about (to be removed, condemned, expelled) vote against it and its movers
// for it, whatever their stance; the player votes as the side says. vote() resets all three.
LIST Motion = ForYou, AgainstYou, YouYield, WithMajority
VAR motion = ForYou
VAR motion_by = ()
VAR motion_about = ()

// ─── Votes ─────────────────────────────────────────────────────────────────────────────────────
// The tally of the most recent vote, for text that follows it.
VAR votes_for = 0
VAR votes_against = 0

// The kinds of forum, which weigh the meters differently (vote() and standing() in functions.ink).
LIST ForumKind = Congress, Conference, Plenum, JointPlenum

// Who weighs in each kind of forum, in per cent of the protagonist's standing (each row sums to 100:
// apparatus + 2 × factions, one share each for Left and Right, + mantle).
// Congresses and conferences: delegates chosen by committees whose secretaries the Secretariat
// appointed (F047, F074): the apparatus weighs most.
CONST DELEGATES_APPARATUS = 55
CONST DELEGATES_FACTIONS = 15
CONST DELEGATES_MANTLE = 15
// Central Committee plenums: the Committee's own factions weigh as much as the apparatus.
CONST PLENUM_APPARATUS = 30
CONST PLENUM_FACTIONS = 25
CONST PLENUM_MANTLE = 20
// Joint plenums of the CC and the Central Control Commission, whose members were chosen like delegates.
CONST JOINT_APPARATUS = 40
CONST JOINT_FACTIONS = 20
CONST JOINT_MANTLE = 20
// Suspicion unites rivals: each point above SUSPICION_NEUTRAL costs SUSPICION_UNITES / 100 of standing.
CONST SUSPICION_NEUTRAL = 40
CONST SUSPICION_UNITES = 40
// Forums vote in blocs: a lean d points from even becomes a share d × gain / 10 points from even.
CONST BLOC_GAIN_DELEGATES = 16
CONST BLOC_GAIN_JOINT = 14
CONST BLOC_GAIN_PLENUM = 12
// Chance: a seeded swing of up to CHANCE_SWING points of the share, only when the blocs' share is
// within CLOSE_VOTE points of an even split, and fading towards its edge: it can turn only a vote
// within a few points of even, and a vote it turns ends within CHANCE_SWING points of even.
CONST CHANCE_SWING = 5
CONST CLOSE_VOTE = 10
// The winning side's share is at most SHARE_CEILING per cent: 100 lets a landslide be unanimous, as
// the 15th Congress's was; lower it to keep a few hands against in every forum.
CONST SHARE_CEILING = 100
// The lean of a motion nobody at the table opposes (the forum's tally is then near-unanimous).
CONST BY_CONSENSUS = 85

// Forum sizes: the voters at each forum the story puts to a vote.
CONST CONGRESS_12 = 408           // 12th Congress, April 1923: voting delegates
CONST CONFERENCE_13 = 128         // 13th Party Conference, January 1924
CONST CONGRESS_13 = 748           // 13th Congress, May 1924
CONST CONFERENCE_14 = 178         // 14th Party Conference, April 1925
CONST CONGRESS_14 = 624           // 14th Congress, December 1925: votes cast on the CC report, 559 + 65 (F054)
CONST LENINGRAD_BLOC = 65         // the Leningrad delegation, which voted as one (F055)
CONST CONFERENCE_15 = 194         // 15th Party Conference, October–November 1926
CONST CONGRESS_15 = 898           // 15th Congress, December 1927
CONST CONFERENCE_16 = 254         // 16th Party Conference, April 1929
CONST CC_1923 = 40                // the Central Committee elected by the 12th Congress (1923–24)
CONST CC_1924 = 53                // elected by the 13th Congress (1924–25)
CONST CC_1926 = 63                // elected by the 14th Congress (1926–27)
CONST CC_1928 = 71                // elected by the 15th Congress (1928–30)
// Joint plenums of the CC and the Control Commission: members voting, a round figure (the record
// gives no single count).
CONST JOINT_1925 = 100
CONST JOINT_PLENUM = 120

// ─── The struggle so far ───────────────────────────────────────────────────────────────────────
// Outcomes that later acts and the endings read. The act that decides each one sets it; within an
// act, prefer read counts of labelled choices to new variables.

// Act 2 (January 1925 plenum): false once Trotsky has left the War Commissariat.
VAR trotsky_holds_army = true
// Trotsky's alliance with Zinoviev and Kamenev (T9): none; a private understanding in 1923–24 (the
// prologue's October 1923 approach or Act 2's letter to Kamenev, rarely accepted: they feared him);
// backing their New Opposition at the 14th Congress (December 1925); the United Opposition (April 1926).
LIST Alliance = NoAlliance, EarlyBloc, NewOppositionBloc, UnitedOpposition
VAR alliance = NoAlliance
// Act 2 (September 1925, the Eastman affair): Trotsky publicly denied that a testament existed.
VAR testament_denied = false
// Acts 2–3: the testament is out in the open (published abroad in October 1926, or read in the party).
VAR testament_in_open = false
// Act 2 (1925): whom Stalin chose as partners (S8): the troika, the Right, or balancing between them.
LIST StalinBloc = WithTroika, WithRight, Balancing
VAR stalin_bloc = WithTroika
// Acts 2–3: where Trotsky stands with the party (history: out of the Politburo October 1926, expelled
// November 1927, internal exile January 1928, deported February 1929).
LIST Fate = InParty, OutOfPolitburo, ExpelledFromParty, InternalExile, Deported, Readmitted
VAR trotsky_fate = InParty
// Act 2, Stalin: how strong Zinoviev is in his own right (not his support for Stalin), from 0 up.
// Raised when Stalin feeds his line or his machine; read by the 14th Congress and April 1926 votes.
VAR act2s_zinoviev = 0
// Act 3 (January 1928): the answer to the grain procurement crisis (S10).
LIST Grain = NoCrisis, ExtraordinaryMeasures, HigherPrices, TaxTheRich
VAR grain_policy = NoCrisis
// Act 3 (January 1929): how Trotsky left Alma-Ata for exile abroad (T11), read by his ending.
LIST Departure = NotDeported, UnderProtest, CarriedOut, AppealedToParty
VAR trotsky_departure = NotDeported
// Act 3: the war scare of 1927 was used against the Opposition.
VAR war_scare_used = false
// Act 3 (April 1929 plenum): the Right (Bukharin, Rykov, Tomsky) condemned.
VAR right_defeated = false

// ─── What moves each vote ───────────────────────────────────────────────────────────────────────
// A motion's own weight, in points of lean added to (or taken from) the standing vote() starts from.
// Named for the argument a historian would give; the vote sites say where each applies.
// Votes whose failure the story does not narrate (the historical expulsions and condemnations of
// 1927–29) keep at least this lean: their margins move with the meters, their outcome does not.
CONST HISTORY_HOLDS = 60
// Prologue. Lenin's own notes, read aloud while he lives (Lewin: the moment his word carried most).
CONST LENINS_WORD_1923 = 35
// Stalin's motion condemning Trotsky's opposition at the 13th Conference; weaker if he had shared the
// Secretariat with Zinoviev's man.
CONST CONDEMN_DEVIATION = 20
CONST SHARED_SECRETARIAT = 4
// Accepting Stalin's resignation in September 1923: Lenin's wish argues for it; his own March letter
// more so. Zinoviev and Kamenev still need him against Trotsky (F020), hence the low base.
CONST LENINS_WISH_1923 = 0
CONST RESIGNED_IN_MARCH = 11
// Trotsky's early understanding with Zinoviev and Kamenev (T9a, "unlikely"): the odds in per cent,
// moved by his terms of March 1923 and by the fear he inspires.
CONST EARLY_DEAL_ODDS = 14
CONST KEPT_YOUR_WORD = 8
CONST USED_LENIN_AGAINST_THEM = 8
// Measured from Trotsky's standing at the start (December 1922): the fear Zinoviev and Kamenev already
// had of the War Commissar (F020), and a Mantle at which the party sees him as neither Lenin's heir nor
// a renegade. Each two points of fear above it cost a point of the odds; the Right weighs his Mantle
// from the same mark in 1928.
CONST FEARED_IN_1923 = 70
CONST MANTLE_NEUTRAL = 45
// Act I. Lenin's letter, just read to the plenum that must decide on it, weighs with the Committee;
// his literal remedy is easier to vote for than Krupskaya's demand; the two funeral telegrams on the
// table help; an early understanding keeps Zinoviev and Kamenev from saving Stalin.
CONST LENINS_LETTER = 20
CONST LITERAL_REMEDY = 10
CONST FUNERAL_TELEGRAMS = 3
CONST EARLY_BLOC_HOLDS = 20
CONST TESTAMENT_OBEYED = 8
// Zinoviev and Kamenev saving Stalin at the May 1924 plenum (F019, F020): the leaders of the Left,
// moving the motion with the Secretariat behind it, nearly cancel the weight of the letter itself
// (LENINS_LETTER), so the vote rests on Stalin's standing in the Committee and on how far he looks
// like Lenin's disciple (each point of Mantle from DISCIPLE_NEUTRAL is a point of lean): after the
// oath of January they carry it comfortably, as in history; a Stalin who made no vows can lose it.
CONST DISCIPLE_NEUTRAL = 45
CONST ZK_SAVE_STALIN = 16
// Stalin's attack on the letter's provenance: what the plenum remembers of him.
CONST SATURDAY_REMEMBERED = 5
CONST OATH_REMEMBERED = 4
// The June 1924 plenum on Stalin's resignation: meant, it may be taken; as a tactic, refused.
CONST MEANT_IT = 14
CONST TACTICAL_OFFER = 20
CONST LETTER_HEARD = 15
// Act II. The army at the January 1925 plenum: each ARMY_AT_PLENUM points of Army above 50 is one
// point of lean; the army resolutions of 1924 feed the fear of a Bonaparte.
CONST ARMY_AT_PLENUM = 3
// The Army meter at which the commanders' loyalty neither helps nor hurts Trotsky in the Committee.
CONST ARMY_NEUTRAL = 50
// Seven years at the head of the army that won the Civil War, and no order the CC did not approve.
CONST COMMISSAR_RECORD = 22
CONST BONAPARTE_FEAR = 8
CONST PREFACE_SHELVED = 6
// A coup (T5): possible only with the army behind him (COUP_ARMY), and then rare (COUP_ODDS in 100).
CONST COUP_ARMY = 68
CONST COUP_ODDS = 14
// The Army at which some commanders still look to him in January 1925, and regiments wait for his word.
CONST COMMANDERS_LOYAL = 60
// The 14th Congress with Trotsky beside Zinoviev: the New Opposition's organisation beyond the
// Leningrad delegation, and what Trotsky brings or costs.
CONST NEW_OPPOSITION_MACHINE = 14
CONST KAMENEV_WOOED = 5
CONST OCTOBER_REMEMBERED = 4
CONST STILL_COMMISSAR = 4
CONST TESTAMENT_KEPT_ALIVE = 4
// The delegates beyond Leningrad were chosen in the autumn of 1925 by committees whose secretaries the
// Secretariat appointed (F047, F054): the Central Committee's report keeps at least this lean among them
// whatever the opposition builds, so a win is Leningrad's bloc and about half the rest (about 345 to
// 279), never a landslide. From CONGRESS_14_SECRETARIES Apparatus, the text credits secretaries won over.
CONST DELEGATES_CHOSEN_1925 = 50
CONST CONGRESS_14_SECRETARIES = 35
// A Trotsky-led party needs Lenin's mantle and the Left behind him (the 14th Congress won).
CONST LEADS_MANTLE = 55
CONST LEADS_LEFT = 66
// Stalin with the Right at the 14th Congress; Zinoviev's strength counts against him (act2s_zinoviev).
CONST WITH_THE_RIGHT = 15
// Balancing between the Right and the troika leaves Bukharin's delegates looking to Bukharin.
CONST NO_PARTNER = 10
CONST TROTSKY_BUSY = 6
// Expelling a member of the Central Committee needs two-thirds (F084); Bukharin's friends and many in
// the Control Commission hold back.
CONST EXPULSION_RESTRAINT = 10
CONST EXPULSION_SUSPICION = 95
// Within this many points of EXPULSION_SUSPICION his friends see point 7 of the 1921 ban coming
// (Radek's warning of October 1926).
CONST EXPULSION_IN_SIGHT = 12
// In October 1926, a week after the truce, most of the plenum would not yet expel a founder of October.
CONST EXPULSION_RESTRAINT_1926 = 40
// October 1926: removing Trotsky from the Politburo for a quiet network, or for open defiance.
CONST QUIET_NETWORK = 30
CONST OPEN_DEFIANCE = 10
// Act III. The war scare rallies the plenum (F070); arrests alarm it (S9).
CONST WAR_SCARE_RALLIES = 15
CONST ARRESTS_ALARM = 22
CONST STREETS_ON_THE_HOLIDAY = 8
CONST WAR_TRUCE_KEPT = 5
CONST RECANTATION_USEFUL = 36
// The Right in 1928–29 (B3, C4): its motion's own weight in the Committee, and what moves it.
CONST RIGHT_IN_THE_OPEN = 35
// The Right's view of an approach from the exiled Trotsky: a Right meter above RIGHT_NEUTRAL_1928 (two
// points per point of lean) and his Mantle above MANTLE_NEUTRAL (three per point) help Rykov's motion,
// by at most RIGHT_SWAY and MANTLE_SWAY: the motion stays the Right's own (Cohen), not Trotsky's.
CONST RIGHT_NEUTRAL_1928 = 35
CONST RIGHT_SWAY = 10
CONST MANTLE_SWAY = 6
CONST BUKHARIN_REMEMBERS = 8
CONST SCISSORS_PLATFORM = 4
CONST WAR_SCARE_USED_AGAINST = 3
CONST RIGHT_ISOLATED = 15
CONST UNWHIPPED = 30
CONST RIGHT_MAY_HOLD = 4
CONST LEFT_AT_THE_TABLE = 6
CONST RADICALS_RESTLESS = 18
CONST PRICES_WORKED = 8
CONST PROSECUTOR_HABIT = 4
CONST TEMPO_DOUBTED = 10

// ─── Thresholds of the telling ─────────────────────────────────────────────────────────────────
// These choose between two wordings of a line; no vote or ending depends on them.
// A tally in per cent of the hands (minority() in functions.ink): the losing side's share at which the
// story calls a vote close (two hands in five), a defeat but not a rout (one in four), and a minority
// that will be counted and remembered (one in ten). Up to A_FEW_HANDS hands against is "a few".
CONST CLOSE_MINORITY = 40
CONST RESPECTABLE_MINORITY = 25
CONST NOTICED_MINORITY = 10
CONST A_FEW_HANDS = 6
// April 1926, the troika kept: a Right this strong means Bukharin, humiliated at the 14th Congress,
// still fears Zinoviev's line on the village more than he fears Stalin, and comes to see him.
CONST BUKHARIN_STILL_COMES = 40
// Endings. The Apparatus at which every provincial secretary owes his post to Stalin (his end of 1929,
// F099); the Apparatus at which a fallen leader's appointees still write to him; the Mantle at which
// much of the party still thinks of him when it thinks of October, and at which it sees Lenin's heir
// at last; the Suspicion at which rivals still fear him enough to stay united (F020); the Army that
// follows Trotsky in a show of force (commanders merely loyal: COMMANDERS_LOYAL).
CONST APPARATUS_ALL_HIS = 80
CONST SECRETARIES_STILL_WRITE = 50
CONST MANTLE_REMEMBERED = 55
CONST HEIR_AT_LAST = 65
CONST STILL_FEARED = 70
CONST ARMY_FOLLOWS = 70
