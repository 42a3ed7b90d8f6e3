// ═══════════════════════════════════════════════════════════════════════════════════════════════
// ACT II · TROTSKY · September 1924 – November 1926
// Historical frame: Trotsky's preface "Lessons of October" (written Sept, published late Oct 1924)
// sets off the "literary discussion" (Nov 1924: Kamenev, Stalin, Zinoviev against "Trotskyism").
// He asks to be relieved as War Commissar (15 Jan 1925); the CC plenum (17–20 Jan) removes him,
// Stalin opposing Zinoviev's call for expulsion; Frunze appointed (26 Jan). Socialism in One Country
// adopted at the 14th Party Conference (27–29 Apr 1925); Bukharin's "enrich yourselves" (17 Apr).
// Under Politburo pressure he disowns Eastman's "Since Lenin Died" (Sept 1925). Frunze dies
// (31 Oct 1925); Voroshilov War Commissar. 14th Congress (18–31 Dec 1925): the New Opposition loses
// about 559–65 while Trotsky is silent; Jan 1926 Kirov to Leningrad, Kamenev demoted, Molotov,
// Kalinin, Voroshilov full members. United Opposition (Apr 1926); Zinoviev out of the Politburo,
// Rudzutak in (Jul 1926); the factory-cell campaign fails; statement of 16 Oct 1926; the testament in
// the New York Times (18 Oct); Trotsky out of the Politburo (23 Oct); 15th Party Conference
// (26 Oct–3 Nov 1926) condemns the opposition.
// Decision points (knot name = DECISION id): t6_lessons_of_october, t5_red_army, t8_eastman,
//   t9_fourteenth_congress, t10_united_opposition. Scene knots between them carry no choices.
// Reads: the six meters; Act I read counts (t3_funeral.return_at_once, t5_army.mobilise_cells,
//   t4_testament.*, t4_congress.recant); this act's labelled choices; votes_for / votes_against.
// Writes: meters (shift / shift_between only); politburo, candidates; trotsky_holds_army, alliance,
//   testament_denied, testament_in_open, trotsky_fate.
// Endings: ending_army_coup (Jan 1925, a show of force that succeeds); ending_fallen_early (the show
//   of force fails; or, in Oct 1926, fighting in the open with extreme Suspicion: expelled);
//   ending_zinoviev_led / ending_trotsky_led (the New Opposition, backed by Trotsky, carries the
//   14th Congress, narrowly at most: DELEGATES_CHOSEN_1925; Trotsky-led only with high Mantle and Left).
//   Otherwise -> trotsky_act3 (1927).
// Counterfactual state: if the contested January 1925 vote carries, trotsky_holds_army stays true
//   until the January 1926 plenum relieves him (Voroshilov). If he signs nothing in October 1926 but
//   keeps a quiet network, the 23 Oct removal vote can fail (about 5% of runs reaching Act III):
//   Trotsky then keeps his Politburo seat and trotsky_fate stays InParty. Every path into Act III
//   has alliance = UnitedOpposition (April 1926), testament_in_open = true.
// No new globals: a contested January vote that carries is read from trotsky_holds_army itself.
// ═══════════════════════════════════════════════════════════════════════════════════════════════

=== trotsky_act2
-> t6_lessons_of_october


// ─── September 1924: the preface ────────────────────────────────────────────────────────────────
=== t6_lessons_of_october
{short_run: -> short_t6_lessons_of_october}
Kislovodsk: a sanatorium veranda, and the fever that never quite lets go. # DATE: September 1924 # PLACE: Kislovodsk # ACT: Act II — The Troika Breaks
{t4_congress.recant: Your recantation bought you a quiet summer, and nothing else.|The summer has been quiet, and quiet is not peace.} Since August the majority meets as a caucus of seven, the Politburo without you.
{t5_army.mobilise_cells: Zinoviev still calls you Bonaparte in Leningrad. The army resolutions of the spring are in a file in the Secretariat, and the file is growing.}
{t3_funeral.return_at_once: Workers who saw you on Red Square in January still write to you. Their letters are opened before you read them.}
{t4_congress.name_apparatus: Students who cheered you at the Congress write from every institute in Moscow. The secretaries you named there have written too, to the Secretariat.}
Your volume on 1917 needs a preface, and it grows. The German rising of last October failed, you write, because at the decisive hour the leadership flinched. And in 1917 the ones who flinched had names: Zinoviev and Kamenev, who voted against the insurrection.
"Every word is true. That is what frightens me." # SPEAKER: Natalia Sedova
- (offer)
The publisher is waiting. # DECISION: t6_lessons_of_october # TITLE: The Lessons of October
* (publish) [Send it as it is #HISTORICAL]
    In late October Lessons of October goes through the party like a current through a wire. # MILESTONE: lessons_of_october
    In Leningrad, Zinoviev reads about the October he has spent seven years living down.
    ~ shift_left(6, RadicalMood)
    ~ shift_suspicion(8, Personality)
    In history: written in September 1924 and published in late October, the preface set off the "literary discussion". # FACT: F032 F033
* (shelve) [Not now. Put it in a drawer]
    The publisher gets a dry page of notes. The preface goes into a drawer. Your young friends are baffled; the seven are relieved, and do not thank you.
    ~ shift_suspicion(-6, Personality)
    ~ shift_left(-4, RadicalMood)
    In history: Trotsky published. Not publishing would plausibly have delayed his loss of office and left him in better shape for the break between Stalin and Zinoviev in 1925, though not out of the majority's reach. # FACT: F032 F049 F094
* (germany_only) [Keep Germany, and cut the names of 1917]
    You cut every name from 1917 and keep Germany: a party that waited for the perfect moment until it was gone.
    It reads as an argument, not an indictment. But the Comintern that called off the German rising was Zinoviev's, and he knows whom you mean.
    ~ shift_left(3, RadicalMood)
    ~ shift_suspicion(4, Personality)
    In history: Trotsky named the men of 1917. A preface on Germany alone would plausibly have drawn a milder reply, though Zinoviev, as head of the Comintern, was answerable for the German defeat too. # FACT: F032 F026
* (woo) [Hold it back, and write to Kamenev instead]
    The seven are not as solid as they look: in June Stalin corrected Kamenev in print over a misquotation of Lenin. You write to Kamenev, nothing about October, only a hint that the General Secretary is a danger to you all. Back in Moscow, he comes to see you, and stays an hour.
    ~ temp trust = EARLY_DEAL_ODDS - (suspicion - FEARED_IN_1923) / 2 + (mantle - MANTLE_NEUTRAL) / 4
    {
    - alliance == EarlyBloc:
        "We kept our word last year, and Stalin still does not know. Keep yours." # SPEAKER: Kamenev
    - RANDOM(1, 100) <= trust:
        ~ alliance = EarlyBloc
        "Zinoviev will never say it aloud. But he has read the Secretariat's lists for Leningrad, and his name is not on them. We have an understanding, Lev Davidovich, if you want one." # SPEAKER: Kamenev
    - else:
        "Lev Davidovich, in Leningrad they would sooner see Stalin in Lenin's chair than you. Ask me again in a year." # SPEAKER: Kamenev
    }
    ~ shift_between(Left, -2, 6, Alliances)
    ~ shift_suspicion(-3, Alliances)
    In history: there was no such approach in 1924. Historians think an early alliance unlikely, because Zinoviev and Kamenev feared Trotsky more than Stalin; the break between them and Stalin came only in 1925. # FACT: F020 F094 F097
- -> trotsky_literary_discussion


// ─── November 1924: the literary discussion ─────────────────────────────────────────────────────
=== trotsky_literary_discussion
{short_run: -> short_trotsky_literary_discussion}
The reply comes in November, from everyone at once. # DATE: November 1924 # PLACE: Moscow
{t6_lessons_of_october.publish or t6_lessons_of_october.germany_only: Kamenev writes Leninism or Trotskyism? Stalin answers with Trotskyism or Leninism? Zinoviev writes, and writes.|The seven need no preface. They find their text in every speech you made in 1923, and a word takes shape in Pravda: Trotskyism.}
Kamenev reminds the party that you fought Lenin for fourteen years outside the Bolsheviks, and joined only in the summer of 1917.
{t6_lessons_of_october.germany_only: You left the names of 1917 out of your preface. Kamenev puts them back in for you, and adds yours.}
{t6_lessons_of_october.woo: He says it more gently than Zinoviev. You notice. So does Stalin.}
Army party cells pass resolutions against Trotskyism from texts the political directorate supplies. You are ill, and do not reply.
{
- t6_lessons_of_october.publish:
    ~ shift_mantle(-8, Misrepresentation)
    ~ shift_army(-6, Centralism)
- t6_lessons_of_october.germany_only:
    ~ shift_mantle(-5, Misrepresentation)
    ~ shift_army(-4, Centralism)
- else:
    ~ shift_mantle(-3, Misrepresentation)
    ~ shift_army(-3, Centralism)
}
In history: the pamphlets of November 1924 made a heresy of Trotsky's Menshevik past. Stalin attacked in print too; his moderate image came later. # FACT: F034 F024 F035
-> t5_red_army


// ─── 15–26 January 1925: the War Commissariat ───────────────────────────────────────────────────
=== t5_red_army
Your Kremlin apartment. The fever is back. # DATE: 15 January 1925 # PLACE: The Kremlin
On the seventeenth the Central Committee meets to decide what to do with you. Zinoviev's Leningraders have already voted to expel you from the party.
{army >= COMMANDERS_LOYAL: Some commanders still look to you. A few have said so, in person.|The commanders who once wrote to you have stopped writing.}
{army >= COUP_ARMY:
    A few have said more: the army would not stand by while its commissar was thrown out. Dzerzhinsky's men will have heard it too. Whoever turns the army on the Central Committee answers to the ban on factions, and to the OGPU.
}
~ forum_ahead_is(Plenum)
You are still People's Commissar for War. For one more week, perhaps. # DECISION: t5_red_army # TITLE: The War Commissariat
* (resign) [Let them have it. I will ask to be relieved #HISTORICAL #NO_VOTE]
    You write that your health is poor, ask to be released from the army, and offer to take any work the party gives you.
    The plenum takes you at your word. Zinoviev wants you out of the Politburo and the party; Stalin, mildly, says no. The comrades like him for it.
    On the twenty-sixth Frunze becomes People's Commissar for War. You hear it in Sukhumi. # MILESTONE: trotsky_loses_army
    ~ trotsky_holds_army = false
    ~ shift_army(-15, Patronage)
    ~ shift_suspicion(-8, Personality)
    In history: Trotsky gave up the army in January 1925. Deutscher sees the restraint as principled, and as indecision. # FACT: F049 F035 F022 F096
* (contest) [If they want the army, let them vote for it by name]
    You write no letter. If they want the army, let them take it by name, with their hands in the air.
    At the plenum you speak, hoarse: seven years at the head of the army that won the Civil War, and not one order the Central Committee did not approve. Your friends move that you stay at your post.
    -> contest_vote
* (force) {army >= COUP_ARMY} [Ask the commanders what the army would do #NO_VOTE]
    -> show_of_force
- -> trotsky_spring_1925

= contest_vote
// The CC decides, by its factions; his commanders count for him, his army resolutions of 1924 against.
~ temp support = for_you(Plenum) + COMMISSAR_RECORD + (army - ARMY_NEUTRAL) / ARMY_AT_PLENUM
{t6_lessons_of_october.shelve:
    ~ support += PREFACE_SHELVED
}
{t5_army.mobilise_cells:
    ~ support -= BONAPARTE_FEAR
}
The Central Committee votes.
~ motion_is(ForYou, (), ())
~ temp kept = vote("CC plenum", Plenum, CC_1924, support, 0)
{kept:
    The count is checked twice. You remain People's Commissar for War. It is not a victory: Frunze stays as your deputy and runs the Commissariat as before. Zinoviev walks out white with anger.
    ~ shift_army(5, Votes)
    ~ shift_suspicion(10, Votes)
    ~ shift_apparatus(-5, Votes)
- else:
    {minority() >= CLOSE_MINORITY: Closer than anyone expected, and not close enough.|It is not close.} Frunze becomes People's Commissar for War on the twenty-sixth. # MILESTONE: trotsky_loses_army
    The resolution adds a warning: any further opposition will make your place in the Politburo impossible.
    ~ trotsky_holds_army = false
    ~ shift_army(-15, Votes)
    ~ shift_suspicion(6, Votes)
    ~ shift_mantle(-3, Votes)
}
In history: Trotsky did not contest his removal. The majority had won every vote since 1923; a contested vote would most likely have been lost, and handed Zinoviev his case for expulsion. # FACT: F049 F083 F022
-> trotsky_spring_1925

= show_of_force
You make no speech. You ask a few men a question you have never asked before: if the Central Committee tries to take the army from its commissar, what will the army do?
You know what you have written a hundred times. A revolution that calls in its generals to settle a quarrel in the party has already lost. Bonaparte did not come from nowhere.
The answers come back in the careful words of men who know that the OGPU reads the mail.
~ shift_between(Army, -16, 6, Patronage)
// A coup is not a vote, and it rarely works (FACTBASE T5, C3b): the OGPU and most commanders followed
// the Politburo majority. COUP_ODDS in 100, a little better for every point of Army above COUP_ARMY.
{
- suspicion < EXPULSION_SUSPICION && RANDOM(1, 100) <= COUP_ODDS + army - COUP_ARMY:
    Enough of them say yes. The Moscow garrison stays in its barracks; the Kremlin guard changes hands at night. Stalin, Zinoviev and Kamenev are "asked to remain" in their apartments.
    By morning you hold Moscow, and you understand that you will have to hold it every morning from now on. Leningrad's party calls it a coup, because it is. Men with revolvers are already asking you whom to arrest next.
    ~ politburo -= (Stalin, Zinoviev, Kamenev)
    ~ shift_army(10, CivilWarMethods)
    ~ shift_suspicion(25, CivilWarMethods)
    ~ shift_mantle(-20, CivilWarMethods)
    In history: Trotsky gave up the army without a fight. The sources suggest no clean path: failure was likeliest, and success would plausibly have meant a military-bureaucratic dictatorship with civil strife, never the socialism he wanted. # FACT: F022 F020
    -> ending_army_coup
- else:
    Too few say yes, and one of them says it to Dzerzhinsky. The OGPU knew before you asked the second man.
    The plenum, joined by the Control Commission, becomes a tribunal. Under the secret seventh point of the 1921 ban on factions it votes on your expulsion from the Central Committee and the party. It needs two votes in three.
    ~ motion_is(AgainstYou, Stalin, Trotsky)
    ~ vote("Joint CC–CCC plenum", JointPlenum, JOINT_1925, MAX(HISTORY_HOLDS, against_you(JointPlenum)), 0)
    It has them, and many more. The OGPU comes for you that night. Natalia packs a bag.
    ~ trotsky_holds_army = false
    ~ politburo -= Trotsky
    ~ trotsky_fate = ExpelledFromParty
    ~ shift_apparatus(-10, Surveillance)
    ~ shift_mantle(-15, FactionBan)
    In history: Trotsky gave up the army without a fight. The troika had removed his allies from the army's command in 1924, and the OGPU answered to the Politburo majority; historians infer that failure and arrest were the likeliest result of any attempt. # FACT: F022 F084 F077
    -> ending_fallen_early
}


// ─── April–May 1925: Socialism in One Country ───────────────────────────────────────────────────
=== trotsky_spring_1925
{short_run: -> short_trotsky_spring_1925}
Spring, and a new word in every newspaper. # DATE: April 1925 # PLACE: Moscow, the 14th Party Conference
{trotsky_holds_army: You still sign orders at the War Commissariat. Frunze decides what is in them.|In May they give you new desks: concessions, electrical industry, science. You visit power stations with real pleasure.}
Stalin wrote in December that socialism can be built in one country; Bukharin made it a theory, and the 14th Party Conference adopts it, ten days after Bukharin told the peasants to enrich themselves.
Your Permanent Revolution says socialism in backward Russia cannot be completed without revolution in the West. You have said louder than anyone that industry cannot wait; a tired party hears only that you want to wait for Germany.
~ shift_mantle(-4, Doctrine)
In history: the Conference met on 27–29 April 1925. Trotsky was in fact the leading advocate of planned, faster industry. # FACT: F045 F044 F098 F046
-> t8_eastman


// ─── September 1925: the Eastman affair ─────────────────────────────────────────────────────────
=== t8_eastman
{short_run: -> short_t8_eastman}
The Politburo. # DATE: September 1925 # PLACE: The Kremlin, the Politburo
Max Eastman, an American friend who talks too much, has published Since Lenin Died: the letter, the funeral, the campaign against you. Most of it is true.
The majority has drafted your answer: Eastman slanders the party; Lenin left no testament.
{t4_testament.back_krupskaya: A year and a half ago you stood beside Krupskaya for that letter. Now they want you to say it never existed, and they want her to say it too.}{t4_testament.literal_remedy: A year and a half ago you asked the plenum for what the letter asked, and nothing more. Now they want you to say it never existed.}
"Lev Davidovich, nobody is asking you to love the Central Committee. Only to sign." # SPEAKER: Bukharin
- (offer)
The pen is on the table. # DECISION: t8_eastman # TITLE: The Eastman affair
* (disown) [Give me the pen #HISTORICAL]
    You sign. Eastman does not understand. Your young friends in Moscow understand very well.
    ~ testament_denied = true
    ~ shift_mantle(-8, TestamentBuried)
    ~ shift_left(-4, TestamentBuried)
    ~ shift_suspicion(-5, FactionBan)
    In history: Trotsky signed, and the denial was thrown back at him when the Opposition tried to use the testament in 1926–27. # FACT: F028 F093
* (refuse) [I will not call him a liar for telling the truth]
    You hand the pen back. You will not call Eastman a liar for telling the truth, and you will not say that Lenin wrote nothing.
    The Politburo publishes its own statement and censures you for shielding a slanderer. You have lost the vote and kept your word.
    ~ shift_mantle(4, TestamentBuried)
    ~ shift_suspicion(8, FactionBan)
    ~ shift_apparatus(-4, Centralism)
    In history: Trotsky signed. Refusing would have risked immediate discipline, but would have kept his credibility when the testament surfaced again in 1926. # FACT: F028 F093 F084
* (silent) [Let the draft lie there]
    You let the draft lie. The Politburo publishes without you. Party secretaries read your silence as consent, and your friends as cowardice.
    ~ shift_mantle(-2, TestamentBuried)
    ~ shift_suspicion(3, FactionBan)
    In history: Trotsky signed the denial. Silence would plausibly have bought him little with either side: the majority would have spoken for the party, and the testament would have stayed buried. # FACT: F028 F093
* (endorse) [Eastman told the truth, and I will say so]
    You write that the letter exists, that you heard it read, and that the Central Committee buried it. No Soviet paper will print it. It appears abroad, and Zinoviev has his charge: Trotsky takes the party's quarrels to the bourgeois press.
    ~ shift_mantle(6, TestamentBuried)
    ~ shift_left(4, RadicalMood)
    ~ shift_suspicion(15, FactionBan)
    ~ shift_apparatus(-8, Centralism)
    In history: Trotsky denied the testament. Confirming it abroad would plausibly have kept the letter alive, at the price of a charge of disloyalty under the ban on factions. # FACT: F028 F093 F084
- -> t9_fourteenth_congress


// ─── 18–31 December 1925: the 14th Party Congress ───────────────────────────────────────────────
=== t9_fourteenth_congress
{short_run: -> short_t9_fourteenth_congress}
The Fourteenth Party Congress: 665 voting delegates. # DATE: 18–31 December 1925 # PLACE: Moscow, the 14th Party Congress # MILESTONE: fourteenth_congress
The troika is dead: Zinoviev and Kamenev, with Krupskaya and Sokolnikov, against Stalin, Bukharin and the provincial secretaries.
Frunze died in October on an operating table. {trotsky_holds_army: Voroshilov, Stalin's friend from Tsaritsyn, is now your deputy.|Voroshilov, Stalin's friend from Tsaritsyn, has the army now.}
Then Kamenev says what nobody has said aloud at a Congress:
"I have come to the conclusion that Comrade Stalin cannot perform the function of uniting the Bolshevik general staff." # SPEAKER: Kamenev
The hall rises, chanting Stalin's name. The Leningrad delegation sits still.
{t6_lessons_of_october.woo: {alliance == EarlyBloc: Kamenev looks up at you. This is the day your understanding was for.|Ask me again in a year, Kamenev said. It has been a year. He looks up at you.}}
- (offer)
~ forum_ahead_is(Congress)
The men who called you a Menshevik are being called Mensheviks now. # DECISION: t9_fourteenth_congress # TITLE: The 14th Party Congress
* (silent) [Let them fight. A plague on both houses #HISTORICAL]
    You watch Zinoviev's men go down as you went down.
    ~ motion_is(WithMajority, Stalin, (Zinoviev, Kamenev))
    ~ temp carried = vote("14th Congress", Congress, CONGRESS_14, BY_CONSENSUS, LENINGRAD_BLOC)
    The Leningraders remember who sat on his hands.
    ~ shift_suspicion(-4, Alliances)
    ~ shift_left(-4, Alliances)
    In history: Trotsky was silent, and Deutscher sees his passivity as a lost chance. # FACT: F049 F054 F055 F097
    -> trotsky_winter_1926
* (back) [Kamenev is right. Ask for the floor]
    You ask for the floor. Kamenev is right, you say. The party does not belong to its Secretariat, and a Congress that chants one man's name has forgotten what Lenin taught it.
    Zinoviev stares at you as if the sea had parted.
    ~ shift_left(8, Alliances)
    ~ shift_suspicion(6, Alliances)
    -> bloc_vote
* (revenge) [Zinoviev wanted me expelled. Speak against him]
    You speak briefly for the Central Committee. Zinoviev wanted you expelled a year ago; now he talks of party democracy. You remember 1917, and so does the party.
    The majority applauds you for the first time in two years. Stalin nods, as a man nods at a useful tool. The Congress endorses the Central Committee's report.
    ~ motion_is(WithMajority, Stalin, (Zinoviev, Kamenev))
    ~ temp carried_r = vote("14th Congress", Congress, CONGRESS_14, BY_CONSENSUS, LENINGRAD_BLOC)
    ~ shift_left(-10, Alliances)
    ~ shift_mantle(-4, Flexibility)
    ~ shift_right(6, DivideAndRule)
    ~ shift_suspicion(-6, DivideAndRule)
    In history: Trotsky kept silent. Siding with the majority would have repaid Zinoviev, but Stalin, who never fought all his rivals at once, would plausibly have taken the help and turned on Trotsky next. # FACT: F054 F088 F097
    -> trotsky_winter_1926

= bloc_vote
// The CC's report is a motion against the opposition Trotsky has joined. Leningrad's delegation votes as
// one against it; the rest were chosen through the apparatus, and follow it unless Trotsky and
// Zinoviev together can move them (F047, F054).
~ temp support = for_you(Congress) + NEW_OPPOSITION_MACHINE
~ temp early_bloc = alliance == EarlyBloc
{early_bloc:
    ~ support += EARLY_BLOC_HOLDS
}
~ alliance = NewOppositionBloc
{t6_lessons_of_october.woo:
    ~ support += KAMENEV_WOOED
}
{t6_lessons_of_october.publish:
    ~ support -= OCTOBER_REMEMBERED
}
{trotsky_holds_army:
    ~ support += STILL_COMMISSAR
}
{t8_eastman.refuse or t8_eastman.endorse:
    ~ support += TESTAMENT_KEPT_ALIVE
}
The Congress votes on the resolution on the Central Committee's report. Against it: Leningrad, and whoever you have moved.
~ motion_is(AgainstYou, Stalin, (Zinoviev, Kamenev))
// The secretaries chose the other delegates before the Congress: the most an opposition can win of
// them is about half, which with Leningrad's bloc is a narrow majority, never a landslide.
~ temp carried = vote("14th Congress", Congress, CONGRESS_14, MAX(DELEGATES_CHOSEN_1925, 100 - support), LENINGRAD_BLOC)
{
- not carried:
    Against the Central Committee, {votes_against} to {votes_for}: Leningrad's sixty-five as one, and about half of the delegates the provincial secretaries chose in the autumn.{early_bloc: A year of your understanding with Kamenev reached committees Stalin thought were his.}{trotsky_holds_army: The army's delegates vote with their Commissar.}{t8_eastman.refuse or t8_eastman.endorse: Delegates who have read Lenin's letter vote as if he were in the hall.}{apparatus >= CONGRESS_14_SECRETARIES: Secretaries you won over bring their delegations with them.} The Congress has refused to endorse its own leadership.
    The presidium adjourns. In the corridors the provincial secretaries are already counting which way the new Central Committee will lean: towards Leningrad, and you.
    ~ shift_apparatus(15, Votes)
    ~ shift_mantle(10, Alliances)
    In history: Trotsky was silent and the New Opposition lost by about 559 votes to 65. Historians think a December 1925 alliance plausible but still a minority of delegates chosen through the apparatus; even victory would most likely have meant an uneasy power-sharing that checked Stalin for a time. # FACT: F054 F047 F097
    {mantle >= LEADS_MANTLE && left >= LEADS_LEFT: -> ending_trotsky_led}
    -> ending_zinoviev_led
- minority() >= RESPECTABLE_MINORITY:
    The resolution carries, {votes_for} to {votes_against}. It is a defeat, but not a rout: nobody expected a minority of {votes_against}.
- else:
    The resolution carries, {votes_for} to {votes_against}. Your speech moved a few dozen delegates, and the apparatus held the rest.
}
~ shift_apparatus(-6, Votes)
~ shift_suspicion(4, Votes)
In history: Trotsky was silent and the New Opposition lost by about 559 votes to 65. Deutscher sees his passivity as a lost chance; an alliance would still have been a minority of delegates chosen through the apparatus, and the plausible result a harder-fought defeat. # FACT: F054 F047 F097
-> trotsky_winter_1926


// ─── January 1926: Leningrad falls ──────────────────────────────────────────────────────────────
=== trotsky_winter_1926
The new Central Committee meets. # DATE: January 1926 # PLACE: The Kremlin, plenum of the Central Committee
Kirov goes to Leningrad and takes Zinoviev's organisation apart, cell by cell.
~ politburo -= Kamenev
~ candidates += Kamenev
~ politburo += (Molotov, Kalinin, Voroshilov)
~ candidates -= (Molotov, Kalinin)
Kamenev loses the Moscow Soviet and drops to candidate of the Politburo; Molotov, Kalinin and Voroshilov become full members: three more votes for Stalin.
{t9_fourteenth_congress.revenge: You get nothing. Stalin thanks you in no resolution and names you to no post. A tool is put back in the drawer.}
{t9_fourteenth_congress.back: You stood with the losers, and the winners have written it down.}
{trotsky_holds_army:
    ~ trotsky_holds_army = false
    The plenum also relieves you, at last, of the War Commissariat. Voroshilov takes it. You have held the army a year longer than history allowed, and it has changed nothing that mattered.
    ~ shift_army(-15, Patronage)
}
In history: each defeated opposition lost its base to a purge, Leningrad in January 1926. # FACT: F058 F082 F055
-> t10_united_opposition


// ─── April–October 1926: the United Opposition ──────────────────────────────────────────────────
=== t10_united_opposition
{short_run: -> short_t10_united_opposition}
Zinoviev and Kamenev come to your Kremlin apartment, and you shake hands with the men who wanted you expelled. # DATE: April 1926 # PLACE: Moscow
{
- t9_fourteenth_congress.back:
    In December you lost together. Now you make it formal.
- t9_fourteenth_congress.revenge:
    In December you helped bury them. They come anyway: they have nowhere else to go, and Stalin has made it clear that you are next.
- else:
    They admit, almost cheerfully, that they invented "Trotskyism" to fight you. Kamenev is sure the party will follow you both.
}
Krupskaya joins you, for a while{t4_testament.back_krupskaya:; she has not forgotten who stood up for Lenin's letter in May 1924}. Your friends of 1923 and the Leningraders of 1925 write one platform: faster industry, a heavier tax on the rich peasant, democracy in the party. The United Opposition is born. # MILESTONE: united_opposition
~ alliance = UnitedOpposition
~ shift_left(8, Alliances)
~ shift_suspicion(6, Alliances)
-> july

= july
The plenum of the Central Committee and the Control Commission. # DATE: July 1926 # PLACE: The Kremlin, joint plenum of the CC and CCC
In June Lashevich, a deputy War Commissar and Zinoviev's man, held a secret meeting of oppositionists in a wood outside Moscow. Now it is a conspiracy.
Dzerzhinsky tears into the Opposition from the rostrum, shaking with rage. Hours later his heart gives out.
~ politburo -= Zinoviev
~ politburo += Rudzutak
~ candidates -= Rudzutak
Zinoviev is removed from the Politburo. Rudzutak takes his place.
In the autumn you take your case to the factory cells, and are heckled down, cell after cell.
~ shift_left(-6, Organisation)
~ shift_suspicion(3, FactionBan)
-> october

= october
The statement of the six. # DATE: 16 October 1926 # PLACE: Moscow
Stalin's price for peace: admit you broke discipline, renounce factional methods, disown your friends abroad. Keep your views; do not organise them. Zinoviev, Kamenev, Pyatakov and Sokolnikov will sign.
"We sign, we live to fight at the Congress. We refuse, and they finish us in a week." # SPEAKER: Zinoviev
~ forum_ahead_is(JointPlenum)
The statement is on the table. # DECISION: t10_united_opposition # TITLE: The United Opposition
* (sign) [We sign, and live to fight #HISTORICAL]
    You sign: the methods renounced, not one of the ideas. Nobody at the table believes it will last.
    ~ shift_suspicion(-5, FactionBan)
    ~ shift_left(-4, FactionBan)
    In history: the six signed on 16 October 1926, Evdokimov with them. # FACT: F057 F061
* (fight) [I will not sign a lie twice]
    You will not sign a lie twice. Zinoviev signs; you go on speaking to anyone who will listen. Every secretary in the country is told by telegram that Trotsky is outside party discipline.
    {suspicion >= EXPULSION_SUSPICION - EXPULSION_IN_SIGHT:
        "They have the seventh point ready, Lev Davidovich. Two votes in three, and you are out of the party." # SPEAKER: Radek
    }
    ~ shift_left(6, RadicalMood)
    ~ shift_suspicion(12, FactionBan)
    ~ shift_apparatus(-6, FactionBan)
    In history: the leaders signed. Refusing would plausibly have brought the full weight of the 1921 ban at once, as it did when the Opposition returned to open methods in 1927. # FACT: F061 F084
* (network) [Sign nothing, hold no meetings, and keep the network quiet]
    No more factory cells, no more woods. Letters go by hand to a few hundred people in a dozen cities; the platform is retyped at night.
    Zinoviev and Kamenev sign alone. Your silence unsettles the Secretariat more than a speech would.
    ~ shift_suspicion(-4, Tactics)
    ~ shift_left(-3, Tactics)
    In history: the leaders signed, and semi-legal work went on anyway; in 1927 the OGPU raided the Opposition's secret press. A quiet network would plausibly have delayed the break, not prevented it. # FACT: F060 F061 F097
- -> testament_abroad

= testament_abroad
Two days later the New York Times prints Lenin's letter to the Congress in full, through Eastman.
~ testament_in_open = true
{testament_denied: A year ago you signed a statement that there was no such document. Stalin quotes it to anyone who mentions the letter.|The whole world has read it now.}{t8_eastman.refuse: Last year you would not call Eastman a liar, and took the censure. Now the comrades who voted for it avoid your eye.}{t8_eastman.silent: Last year you let the draft lie and said nothing. Your friends ask why you are silent now, too.}{t8_eastman.endorse: Last year you said abroad that the letter existed. Now Pravda calls the New York Times your newspaper.}
The joint plenum meets. Stalin offers his resignation again, and it is refused again. Then a motion: to remove you from the Politburo. # DATE: 23 October 1926 # PLACE: The Kremlin, joint plenum of the CC and CCC
~ temp remove = against_you(JointPlenum)
{t10_united_opposition.network:
    ~ remove -= QUIET_NETWORK
}
{t10_united_opposition.fight:
    ~ remove += OPEN_DEFIANCE
}
~ motion_is(AgainstYou, Stalin, Trotsky)
~ temp removed = vote("Joint CC–CCC plenum", JointPlenum, JOINT_PLENUM, remove, 0)
{
- removed:
    ~ politburo -= Trotsky
    ~ trotsky_fate = OutOfPolitburo
    You are out of the Politburo, where you have sat since 1919. The table closes up around the gap. # MILESTONE: trotsky_out_of_politburo
- else:
    The motion fails. Too many members cannot say what you have done wrong since the truce, and the plenum will not remove the creator of the Red Army for a silence. You keep your seat, for now. Stalin makes a note.
    ~ shift_mantle(4, Tactics)
}
~ candidates -= Kamenev
Kamenev loses his place as candidate member. Zinoviev is removed from the Comintern.
{t10_united_opposition.fight && suspicion >= EXPULSION_SUSPICION: -> expulsion}
-> conference

= expulsion
Then a second motion, under the secret seventh point of the ban on factions: Trotsky to be expelled from the Central Committee, and from the party. It needs two-thirds.
~ motion_is(AgainstYou, Stalin, Trotsky)
~ temp passed = vote("Joint CC–CCC plenum", JointPlenum, JOINT_PLENUM, against_you(JointPlenum) - EXPULSION_RESTRAINT_1926, 0)
{two_thirds():
    Two-thirds, and more. You are expelled from the party you helped lead to power, a year before history did it.
    ~ politburo -= Trotsky
    ~ trotsky_fate = ExpelledFromParty
    ~ shift_mantle(-10, FactionBan)
    In history: Trotsky was removed from the Politburo on 23 October 1926 but expelled from the party only in November 1927. Open defiance of the 16 October truce with suspicion this high would plausibly have brought the 1921 ban's ultimate penalty a year sooner. # FACT: F057 F061 F084
    -> ending_fallen_early
- else:
    Short of two-thirds. The plenum contents itself with a last warning.
}
-> conference

= conference
The 15th Party Conference. Stalin reports on the opposition bloc. # DATE: 26 October–3 November 1926 # PLACE: Moscow, the 15th Party Conference
{trotsky_fate == OutOfPolitburo: You are allowed to speak, and you speak well. It makes no difference.|You speak for an hour, and the hall listens more than it means to.}{t10_united_opposition.fight: Your name is not on the statement of the sixteenth, and Stalin reads out the names that are.}{t10_united_opposition.network: Stalin reads out a list of the cities your letters reached. The OGPU has been reading them too.}
The resolution condemns the opposition as a Social-Democratic deviation.
~ motion_is(AgainstYou, Stalin, (Trotsky, Zinoviev, Kamenev))
~ temp condemned = vote("15th Party Conference", Conference, CONFERENCE_15, against_you(Conference), 0)
{votes_against > 0: Against it, {votes_against} {votes_against == 1: hand|hands}. You can name them all.}
~ shift_mantle(-4, Votes)
~ shift_apparatus(-3, Votes)
In history: no congress met in 1926; the Opposition was beaten at plenums and at this Conference. # FACT: F057 F028 F097 F062
-> trotsky_act3
