// ─── Global state ──────────────────────────────────────────────────────────────────────────────
// Every VAR, CONST and LIST of the story lives here, grouped by what it tracks.

// Who the player is: "Trotsky" or "Stalin" (empty until the first choice).
VAR protagonist = ""

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

// Who holds the General Secretaryship (Stalin from 3 April 1922 in history).
VAR general_secretary = Stalin

// ─── Votes ─────────────────────────────────────────────────────────────────────────────────────
// The tally of the most recent vote, for text that follows it.
VAR votes_for = 0
VAR votes_against = 0

// ─── The struggle so far ───────────────────────────────────────────────────────────────────────
// Outcomes that later acts and the endings read. The act that decides each one sets it; within an
// act, prefer read counts of labelled choices to new variables.

// Act 2 (January 1925 plenum): false once Trotsky has left the War Commissariat.
VAR trotsky_holds_army = true
// Act 2: Trotsky's alliance with Zinoviev and Kamenev (T9): none, backing their New Opposition at the
// 14th Congress (December 1925), or the United Opposition (from April 1926).
LIST Alliance = NoAlliance, NewOppositionBloc, UnitedOpposition
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
// Act 3 (January 1928): the answer to the grain procurement crisis (S10).
LIST Grain = NoCrisis, ExtraordinaryMeasures, HigherPrices, TaxTheRich
VAR grain_policy = NoCrisis
// Act 3: the war scare of 1927 was used against the Opposition.
VAR war_scare_used = false
// Act 3 (April 1929 plenum): the Right (Bukharin, Rykov, Tomsky) condemned.
VAR right_defeated = false
