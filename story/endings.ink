// ═══════════════════════════════════════════════════════════════════════════════════════════════
// ENDINGS · the ten endings of The Empty Chair
// Every ending knot opens with its title line, tagged ENDING: <id>, DATE: and PLACE: (computed where
// the run decides them; see the helper functions at the end of the file), and POSTER: (how the ending's
// poster is composed: who sits at the head of the table, whose chair stands apart; story/TAGS.md). Then a short scene just
// after the moment the run ends (who holds power, who sits at the table), an epilogue to 1953 framed
// as what historians think plausible, never certain (FACTBASE §3–§4 views only), one closing line
// inviting reflection, and last, just before END, the discussion questions for the debrief: lines
// tagged QUESTION, 3–5 on every path through the knot (unconditional ones first, then at most one or
// two chosen by the run's variables), open, with no answers and no FACT tags; then END. The acts narrate the decisive vote or journey themselves; the scenes
// here pick up a little later, so as not to repeat them.
// In the lesson-length run (short_run) each knot diverts, once its title is shown and its table
// seated, to a shorter epilogue in short_run.ink that returns to the knot's `questions` gather.
// Rules kept here: no meter shifts; repression and famine told soberly, as FACTBASE §2's estimates,
// after a line tagged CONTENT_NOTE wherever an epilogue reaches the 1930s under Stalin; FACT tags on
// the epilogue lines that state the notes' facts. Epilogues speak of the protagonist in the third
// person when they narrate history. Stitches are welcome: test/story/paths.test.ts checks
// that every knot and stitch here is reached by some documented path or random run of either side.
// Reads: protagonist; the six meters; the struggle so far (alliance, testament_denied,
//   testament_in_open, stalin_bloc, trotsky_fate, trotsky_holds_army, grain_policy, war_scare_used,
//   right_defeated, trotsky_departure); general_secretary, politburo, lenin_dead; Act I labelled choices (t3_funeral,
//   t4_testament, t4_congress, t5_army, s3_telegram, s3_oath, s4_enrolment, s5_testament), and for
//   callbacks a few later ones: t1_new_secretary and s1_handover (the prologue's endings), t5_red_army,
//   s6_trotskys_fate, s9_expulsions and s12_great_break. Otherwise the variables above, not knot names.
// Writes: only the table (politburo, general_secretary), idempotently, to seat it as the scene has it.
// Named victims and communities in the epilogues, and where a teacher can check them: the show trials,
//   the coerced confessions (threats to families, the promise to spare Zinoviev's and Kamenev's lives)
//   and Tomsky's suicide: Conquest, The Great Terror; Bukharin and Anna Larina: Cohen, Bukharin and the
//   Bolshevik Revolution, and Larina's memoir This I Cannot Forget; Trotsky's children (Zina 1933, Sergei
//   Sedov shot 1937, Lev Sedov 1938): Deutscher, The Prophet Outcast; Poltavskaya (Kuban, Dec 1932):
//   Conquest, The Harvest of Sorrow; blacklisted villages: Applebaum, Red Famine; Nazino (May 1933):
//   Werth, Cannibal Island; Butovo and the names of the shot: Memorial's Butovo lists; 1937-38 figures,
//   Order 00447, the Koreans deported in 1937: Werth (FACTBASE [TERR]); famine figures: Kotkin, FACTBASE.
//
// stalin_supreme (Stalin; act 3, the historical path and other Stalin-supreme courses). January
//   1930, the first Politburo of the year. Bukharin's chair read from politburo; varies with
//   grain_policy, war_scare_used, trotsky_fate, testament_in_open, apparatus, mantle, s3_oath,
//   s3_telegram, s5_testament. Content note; the 1930s to 1953 as history, in the past tense ("in
//   history, Stalin used them like this"), since the run may have chosen a gentler course; the
//   historians' verdicts.
// trotsky_deported (Trotsky; act 3, the historical path). April 1929, Prinkipo: the planet without a
//   visa. Varies with alliance, testament_denied, testament_in_open, trotsky_holds_army, mantle,
//   t3_funeral, t4_testament. Content note; exile, the 1930s, Coyoacán.
// collective_leadership (both; act 1, 2 June 1924: the testament acted on, Rudzutak General
//   Secretary). C2: Stalin keeps his network (Kotkin, Harris); a Zinoviev-led leadership plausible
//   (Figes, Deutscher); the one-party state remains; the grain question returns.
// stalin_out_of_secretariat (both). lenin_dead false: the prologue, 1923 (Trotsky: Lenin's Georgian
//   case carried at the 12th Congress, Apr 1923; Stalin: resigned, in Apr or Sept 1923). lenin_dead
//   true: act 1, 2 June 1924 (Stalin in disgrace after challenging the testament). C1, C3a: Lewin,
//   Service, Roberts, Cohen, Kotkin, Harris.
// zinoviev_led (both; act 2). Trotsky: the New Opposition, with him, carries the 14th Congress (Dec
//   1925). Stalin: the troika kept, and Zinoviev makes the Secretariat a committee (Apr 1926). Also a
//   fallback for the United Opposition (Oct 1926). Zinoviev's programme (F050–F052); not rosy.
// bukharin_nep (both; act 3). December 1929, the Politburo, after a year or more of the Right's line
//   (Stalin: the Right held in July 1928 or April 1929, or he took up its line in November 1929,
//   right_defeated; Trotsky: readmitted after the Right won in November 1928). Cohen, Kotkin (incl.
//   "if Stalin had died in 1928"), Bean (Nove in a question), the 1941 question; content note before the
//   comparison with history's famine.
// trotsky_led (Trotsky; act 1, 2 June 1924: an early understanding with Zinoviev and Kamenev, the
//   testament acted on, and the June plenum follows him; act 2, the 14th Congress with high Mantle
//   and Left). Date from
//   alliance and trotsky_fate. Trotsky's real programme (F027); the one-party state, the 1921 ban and
//   the secret police remain; the grain question and the fear of Bonaparte return.
// army_coup (Trotsky; act 2, Jan 1925). Moscow held, the country not: military rule and civil strife;
//   Trotsky's own verdict. Stalin, Zinoviev and Kamenev under guard, off the table.
// fallen_early (both; act 2). Trotsky: arrested after a failed show of force (ExpelledFromParty with no
//   alliance, Jan 1925; or InternalExile/Deported), expelled (ExpelledFromParty with an alliance, Oct
//   1926) or sidelined (otherwise), each followed by a content note and history's 1930s. Stalin:
//   beaten (the 14th Congress, Dec 1925) and sidelined, a collective leadership forming without him
//   (Kotkin's thought experiment); he loses the Secretariat here if the act has not already moved it.
// capitulation (Trotsky; act 3, trotsky_fate Readmitted). Spring 1929, a planning office in Moscow.
//   The capitulators' fate: readmitted, most later shot; Zinoviev and Kamenev; no path of submission
//   guaranteed safety. Content note.
// ═══════════════════════════════════════════════════════════════════════════════════════════════


// ─── History's endings ──────────────────────────────────────────────────────────────────────────

=== ending_stalin_supreme
The General Secretary. # ENDING: stalin_supreme # DATE: January 1930 # PLACE: The Kremlin, the Politburo # POSTER: head Stalin
~ general_secretary = Stalin
{short_run: -> short_epilogue_stalin_supreme}
The first Politburo of the new year. The birthday portraits are still up in every provincial office; they went up faster than the tractors.
{politburo has Bukharin: Bukharin sits at the far end of the table. You have kept him, and his market in the village, for now; he knows exactly how long "for now" lasts.|Bukharin's chair has been empty since November. He signed his recantation, and writes you notes that you do not answer.}
{
- trotsky_fate == Deported:
    Trotsky is on an island off Istanbul, writing his memoirs. {s3_telegram.let_stand: There is a chapter, you are told, about a funeral he was told was on Saturday.}
- trotsky_fate == InternalExile:
    Trotsky is in Alma-Ata, near the Chinese border, and the OGPU reads his letters before he does.
- trotsky_fate == Readmitted:
    Trotsky has recanted and come back. He has a desk in a commissariat, and everyone who visits it is noted.
- else:
    Trotsky has been pushed out of every body that matters.
}
{
- grain_policy == ExtraordinaryMeasures:
    Two years ago in Siberia you put grain "speculators" on trial. The peasants understood before the Right did: NEP was over.
- grain_policy == HigherPrices:
    In 1928 you raised the grain price, as Rykov wanted, and it bought time. Whether to buy more is now your decision alone.
- grain_policy == TaxTheRich:
    In 1928 you taxed the richest households, as the Left had demanded, and the grain still came too slowly. The village waits to hear what comes next.
}
{s12_great_break.squeeze_kulaks: The line you drew in April around the richest households has moved every month since, one district at a time.}{s12_great_break.line_breaks: In April you chose tractors first; by December you were leading the radicals. Nobody at this table mentions April.}{s12_great_break.lower_plan && stalin_bloc != WithRight: You chose the smaller Plan and bought the grain. Kuibyshev still builds, and still grumbles.}
{apparatus >= APPARATUS_ALL_HIS: Every provincial secretary in the Union owes his post to your office, or to someone who does.|The apparatus answers to you, and you still watch it.} {s3_oath.oath: The man who swore six oaths in the Bolshoi Theatre has become the man whose birthday is a holiday.}{testament_in_open: Lenin's "too rude" has been printed abroad. It changed nothing.}
{
- stalin_bloc == WithRight && not s12_great_break.lower_plan:
    You beat the Left with the Right, and the Right with the Left's own programme. Nobody at this table will tell you no again.
- stalin_bloc == WithRight:
    You beat the Left with the Right, and then the Right, and kept its Plan as your own. Nobody at this table will tell you no again.
- else:
    You beat your rivals one at a time, never all at once. Nobody at this table will tell you no again.
}
Content note: the next paragraphs describe famine and mass repression. # CONTENT_NOTE: repression, famine
Whatever course you set this winter, in history Stalin used that power like this. # FACT: F099 F080
Collectivisation was forced through: more than half of all households by March 1930. In 1930–31 more than 1.8 million people branded "kulaks", whole families with their old and their children, went in freight trains to "special settlements" in the north, the Urals and Siberia. # FACT: F112 F110
In 1931–33 famine killed roughly 5 to 7 million people (Kotkin), about 3.5 million of them in Ukraine and 1.2 to 1.4 million in Kazakhstan, the highest share of any people. In December 1932 the whole Cossack village of Poltavskaya in the Kuban was deported for failing its grain quota (Conquest); in Ukraine, villages that fell short were blacklisted and cut off from all goods. Grain was still exported. Ukraine and many other states recognise the Holodomor as genocide; historians debate intent, and agree that state policy caused and deepened the famine. # FACT: F117 F108
After Kirov's murder in December 1934 the old oppositionists were arrested. Zinoviev and Kamenev confessed at the first Moscow show trial after months of interrogation, threats to their families and, as Conquest records, a promise that they would be spared; they were shot on 25 August 1936. Tomsky, named at the trial, had killed himself. Bukharin confessed in 1938, his young wife Anna Larina already arrested and their baby son left without either parent; he and Rykov were shot on 15 March. Larina spent nearly twenty years in camps and exile. # FACT: F072
In 1937–38 about 1.5 million people were arrested and 681,692 shot by the official count: Red Army commanders, Marshal Tukhachevsky among the first; Budu Mdivani, the Georgian of 1922; Rudzutak, the quiet Latvian, in 1938; and above all peasants once branded "kulaks". At Butovo, outside Moscow, more than 20,000 were shot, and Memorial has published their names. Whole peoples were deported, among them the 172,000 Koreans of the Far East, sent to Central Asia in 1937.
An NKVD agent murdered Trotsky in Mexico in August 1940. The Soviet Union beat Germany in 1941–45 at catastrophic cost; whether the forced pace or the purged army weighed more is still argued.
Stalin died at Kuntsevo on 5 March 1953. Lenin's letter asking for his removal was published in the Soviet Union in 1956; Bukharin, Rykov, Zinoviev and Kamenev were rehabilitated in 1988. # FACT: F028
Why did he win? Kotkin and Harris point to the apparatus that chose the delegates; Deutscher saw opportunism in his turns, Kotkin Leninist conviction. # FACT: F063 F074
{
- s5_testament.krupskaya_wins || s6_trotskys_fate.expulsion_fails || s9_expulsions.arrests_refused:
    The votes you lost on the way cost you nothing. Was it the man, the machine or the moment? Play again, and try another road.
- else:
    You won every vote. Was it the man, the machine or the moment? Play again, and try another road.
}
- (questions)
Stalin won every vote from 1924 to 1929. How much of that came from the Secretariat choosing the provincial secretaries, who chose the delegates, and how much from his own skill? # QUESTION
Stalin beat the Left with the Right's help, then beat the Right by taking up the Left's call for faster industry. Was that opportunism, as Deutscher thought, or conviction, as Kotkin argues, and what evidence would help you decide? # QUESTION
The Lenin Enrolment of 1924 brought about 240,000 new members, mostly workers, into the party, and membership passed a million by 1926. Did the newcomers help Stalin win, and how could a historian find out? # QUESTION
Kotkin put the chance of forced wholesale collectivisation without Stalin "near zero". If he is right, how far was the famine of 1931–33 the result of one man's decisions, and how far of the system and ideas he shared with the other Bolsheviks? # QUESTION
{
- grain_policy == ExtraordinaryMeasures:
    Your run met the grain crisis of 1927–28 as Stalin did, with prosecutions in Siberia. What other answers were open to the leaders, and why did this one win out? # QUESTION
- grain_policy == HigherPrices || grain_policy == TaxTheRich:
    Your run met the grain crisis of 1927–28 differently from Stalin, and still ended with him supreme. Does that suggest his victory rested more on the party machine than on his policies? # QUESTION
- war_scare_used:
    How did the war scare of 1927 help Stalin, first against the Left and then against the Right? # QUESTION
}
-> END


=== ending_trotsky_deported
A Planet Without a Visa. # ENDING: trotsky_deported # DATE: April 1929 # PLACE: Prinkipo, in the Sea of Marmara # POSTER: head Stalin # POSTER: away Trotsky
~ politburo -= Trotsky
{short_run: -> short_epilogue_trotsky_deported}
Prinkipo: pines, fishing boats, a bored Turkish policeman at the gate, and a very blue sea.
Your archive has come with you, crates of it. Lyova sorts the post and plans a bulletin for the Opposition; Sergei, who never cared for politics, has stayed in Moscow. Nina's last letter is in one of the crates, and you do not open that one.
{
- trotsky_departure == CarriedOut:
    At Odessa you made them carry you up the gangway of the Ilyich, as they carried you in Moscow. The foreign papers had the story before you reached Istanbul: the creator of the Red Army, carried out of his country by its police.
- trotsky_departure == AppealedToParty:
    Your last telegram to the Central Committee was never answered. You print it in the first issue of the Bulletin, so that the party can read what its leaders would not.
- else:
    You went under protest, in writing, and nothing more.
}
Germany has refused you a visa, and nobody else is in a hurry. So you write: your life, to begin with.
The Moscow papers report that Bukharin's group has been condemned as a faction, under Lenin's ban of 1921. Radek and Preobrazhensky want to go home.
{
- alliance == UnitedOpposition:
    Zinoviev and Kamenev, your partners of 1926, have not written since they recanted.
- alliance == NewOppositionBloc:
    Zinoviev and Kamenev, whom you stood beside in 1925, have not written since they recanted.
- else:
    You fought alone, as you always have. Zinoviev and Kamenev fought separately, lost separately, and recanted last year.
}
{testament_in_open && not testament_denied: Lenin's letter has been printed abroad. At home it changed nothing.}
{t5_red_army.resign: In January 1925 you gave up the army without a fight. Some of your friends have never forgiven you for it. You would do it again.}{t5_red_army.contest_vote: In January 1925 you fought for the army by the rules, with a vote in the Central Committee, and by no other means. Some of your friends have never forgiven you for that either.}
{t3_funeral.go_on: Five years ago you went on to Sukhumi while they buried Lenin. In a way you have been travelling away from Red Square ever since.}{t3_funeral.return_at_once: Five years ago you stood on Red Square in the frost, and the crowd passed your name along the lines. It did not save you.}{t4_testament.stay_silent: When Lenin's letter was read in 1924, you shrugged and looked at the ceiling.}
"Do you think they will ever let us back?" # SPEAKER: Natalia Sedova
{mantle >= MANTLE_REMEMBERED: Abroad your name still fills front pages, and half the party at home still thinks of you when it thinks of October.|Abroad your name still fills front pages. At home they teach the young that you were never a Bolshevik at all.}
Content note: the next paragraphs describe famine and mass repression. # CONTENT_NOTE: repression, famine
This is history's road. Trotsky never saw the Soviet Union again. From Prinkipo, France, Norway and, from 1937, Mexico, he wrote against Stalin; his critics set those pages beside Terrorism and Communism and Kronstadt. # FACT: F062
At home the Great Break began: in 1930–31 more than 1.8 million people, whole peasant families branded "kulaks", went in freight trains to "special settlements" in the Urals, Siberia and Kazakhstan. In May 1933 some six thousand people seized in Moscow and Leningrad as "socially harmful" were put ashore on Nazino island in the Ob with flour and no shelter; most were dead or gone within weeks (Werth). # FACT: F117
In 1931–33 famine killed roughly 5 to 7 million people (Kotkin): about 3.5 million in Ukraine, where villages that missed their quotas were blacklisted and cut off from all goods, and 1.2 to 1.4 million in Kazakhstan, where the nomads lost the largest share of any people. Ukraine and many other states recognise the Holodomor as genocide; historians debate intent, and agree that state policy caused and deepened the famine. Trotsky had never asked for forced collectivisation. # FACT: F027
At the Moscow show trials of 1936–38 he was the absent mastermind of every plot. Zinoviev and Kamenev confessed after months of interrogation, threats to their families and, Conquest records, a promise that their lives would be spared; they were shot on 25 August 1936. Preobrazhensky and Smilga, who had capitulated, were shot in 1937, Bukharin and Rykov on 15 March 1938. In 1937–38 about 1.5 million people were arrested and 681,692 shot by the official count, many of them former "kulaks"; at Butovo, outside Moscow, more than 20,000 were shot, and Memorial has published their names.
His son Sergei, the engineer who kept out of politics, was shot in 1937. His daughter Zina took her own life in Berlin in 1933; Lyova died in a Paris clinic in 1938. None of his four children outlived him. On 20 August 1940, in Coyoacán, Mexico, the NKVD agent Ramón Mercader struck him with an ice axe, and he died the next day.
The Soviet Union beat Germany in 1941–45, at catastrophic cost. Stalin died on 5 March 1953; Lenin's testament was published in the Soviet Union in 1956. # FACT: F028
Why did he lose? Deutscher saw principle and indecision; Figes, rivals who feared a Bonaparte more than a secretary; Kotkin and Harris, the apparatus that chose the delegates; Patenaude, even the funeral. # FACT: F096 F020 F074 F095
You lost as Trotsky lost. Could anyone have won from where he stood? Play again, and try another road.
- (questions)
Trotsky was the best-known leader after Lenin, yet he lost every vote that mattered. Which weighed most against him: his personality, his late arrival among the Bolsheviks in 1917, or Stalin's control of appointments? # QUESTION
Why did Zinoviev and Kamenev fear Trotsky, the War Commissar, more than Stalin, the General Secretary? Were they wrong to, on what they knew in 1924? # QUESTION
Stalin offered "Socialism in One Country"; Trotsky argued that socialism could not be completed in a backward country without revolution abroad. Why might Stalin's idea have appealed more to party members in the mid-1920s? # QUESTION
{
- testament_denied:
    In 1925 Trotsky signed a statement denying that Lenin had left a testament. Why might he have signed it, and what did it cost him when the Opposition later tried to use the letter? # QUESTION
- t4_testament.stay_silent:
    Trotsky stayed silent when Lenin's testament was read in May 1924. Was speaking out a real chance to stop Stalin, or would delegates chosen through the apparatus have ignored it anyway? # QUESTION
- t3_funeral.go_on:
    Patenaude thinks even Trotsky's absence from Lenin's funeral mattered. Can one missed occasion change the course of a power struggle? # QUESTION
}
{
- alliance == NoAlliance:
    Trotsky fought alone. Would joining Zinoviev and Kamenev at the 14th Congress in December 1925, while they still held Leningrad, plausibly have changed the result, or only made the defeat harder-fought? # QUESTION
- else:
    Trotsky joined Zinoviev and Kamenev, and the alliance let the majority charge them all with breaking the 1921 ban on factions. Was the alliance a mistake, or did it simply come too late? # QUESTION
}
-> END


// ─── 1923–1924: the Secretariat and Lenin's letter ──────────────────────────────────────────────

=== ending_collective_leadership
Lenin's Wish. # ENDING: collective_leadership # DATE: 2 June 1924 # PLACE: The Kremlin, plenum of the Central Committee # POSTER: equals
{general_secretary == Stalin:
    ~ general_secretary = Rudzutak
}
{short_run: -> short_epilogue_collective_leadership}
The plenum breaks up into the long June evening. For the first time since 1922 the keys of the Secretariat are in someone else's hands.
{general_secretary} goes through the files with the care of a man who knows that every one of them was arranged by somebody else.
Zinoviev leads the Politburo now, without the title; Kamenev runs the Moscow Soviet and chairs the sessions. Bukharin, new to the table, talks to everyone. Rykov has Lenin's chair at the Council of People's Commissars, and Tomsky the trade unions. {protagonist == "Stalin":You sit where you always sat, and take notes.|Stalin sits where he always sat, and takes notes.}
{
- protagonist == "Trotsky":
    {t4_testament.back_krupskaya: You stood with Krupskaya, and the Congress heard every word Lenin wrote, including the ones about you.}{t4_testament.literal_remedy: You asked for exactly what Lenin asked, and no more. It turned out to be the right size of demand.}
    You have the most famous name in the party and the fewest friends at this table. {suspicion >= STILL_FEARED: Your rivals fear you more than ever, and fear is what holds a coalition together.|Your rivals are wary; for now they are busy dividing Stalin's desk among themselves.}
    {t5_army.mobilise_cells: The army resolutions of the spring still hang over you. Zinoviev calls them Bonapartism, and the ban on factions is no longer secret.}{t4_congress.name_apparatus: You named the apparatus at the Congress, and it has not forgiven you.}{t4_congress.recant: You recanted at the Congress, and the young comrades who carried your letters have not forgiven you.}{t3_funeral.return_at_once: You stood on Red Square in January, and the party remembers it.}
    "Don't mistake this for your victory, Lev Davidovich. Ilyich's letter had a paragraph about you too." # SPEAKER: Zinoviev
- else:
    {s5_testament.genuine_resignation: You offered to go and meant it, and the Central Committee took you at your word.|You offered to go expecting to be refused, and the Central Committee took you at your word. In history, that gamble never failed.}
    {apparatus >= SECRETARIES_STILL_WRITE: The secretaries you appointed still write to you, as often as before.|Fewer of the secretaries you appointed write to you each month.}{s4_enrolment.through_unions: Tomsky's unions remember who handed them the Lenin Enrolment.}{s3_oath.oath: And the party still remembers the man of the six oaths.}
    "No hard feelings, Koba. The party needs you. In the Politburo." # SPEAKER: Zinoviev
    You smile at him. You have a long memory and a great deal of patience.
}
This is the counterfactual historians argue about most for 1924: the testament acted on. There is still no office of leader, and the provincial secretaries placed since 1922 keep their posts; Stalin has lost the title, not the network. # FACT: F003 F021 F074 F080 F093 F041
Nor is it a democracy: one party, the ban on factions, the secret police and appointment from above all remain, older than Stalin's ascendancy. Stalin may rebuild from another post. # FACT: F084 F030
And the grain question will come back: low state prices and empty village shops would plausibly bring a crisis like that of 1927–28, and the same choice between paying the peasants and squeezing them. # FACT: F064 F101 F102
You did what Lenin asked. Was it enough? Play again, and try another road.
- (questions)
In this run Lenin's testament was acted on and Stalin lost the Secretariat in June 1924. In history, what would have had to be different in May 1924 for the Central Committee to do this? # QUESTION
Kotkin and Harris expect Stalin to keep his network of provincial secretaries even without the title. Was Stalin's power in the office itself, or in the people he had already placed? # QUESTION
Figes and Deutscher think a more collective leadership under Zinoviev was plausible, not certain. With one party, the 1921 ban on factions and the secret police still in place, how different could it really have been? # QUESTION
The grain crisis of 1927–28 came from low state prices and a shortage of goods to buy. Would a leadership without Stalin at its centre have faced the same crisis, and could it have answered it differently? # QUESTION
{
- protagonist == "Trotsky":
    Lenin's letter criticised Trotsky too, and here he is still isolated. Why did removing Stalin from the Secretariat not bring Trotsky closer to power? # QUESTION
- s5_testament.genuine_resignation:
    Here Stalin resigned the Secretariat in earnest. In history he offered to resign several times and was always refused; why do historians read those offers as tactics? # QUESTION
- else:
    Roberts doubts that the testament's advice could have been followed at all in 1924. What made it so hard for the party to act on Lenin's last words about Stalin? # QUESTION
}
-> END


=== ending_stalin_out_of_secretariat
{lenin_dead:The Dead Man's Letter.|Lenin's Last Battle.} # ENDING: stalin_out_of_secretariat # DATE: {secretariat_date()} # PLACE: {secretariat_place()} # POSTER: equals # POSTER: outside Stalin
{general_secretary == Stalin:
    ~ general_secretary = Rudzutak
}
{short_run: -> short_epilogue_stalin_out_of_secretariat}
{
- not lenin_dead && protagonist == "Trotsky":
    The Congress is over, and Lenin's case has been carried. Whether Lenin knows, nobody can tell: since the stroke of 10 March he has not spoken a sentence. But the delegates heard his notes on Georgia, and they know whom he meant when he wrote of Great Russian chauvinism.
    Stalin is no longer General Secretary. {general_secretary} has the keys of the Secretariat{t1_new_secretary.collective:, with Zinoviev's man and yours beside him, and every appointment is argued line by line}. Stalin keeps his seat in the Politburo, with the look of a man who has been sent away to wait.
    You carried Lenin's case, as he asked you to on the fifth of March. Kamenev, to whom Lenin sent copies of his Georgian letters that same week, does not meet your eye. In the corridors they are already saying that you split the party while Lenin lay ill.
    "The comrades have done what Ilyich wanted. Let us hope we know what he wanted next." # SPEAKER: Kamenev
- not lenin_dead:
    You asked to be released from the Secretariat, and the Central Committee took you at your word. {general_secretary}, a quiet Latvian, has the keys now, and the card index of every provincial secretary you placed.
    Whether Lenin knows, nobody can tell. Since the stroke of 10 March he has not spoken a sentence.
    The Politburo seat is still yours.{s1_handover.keep_men: The provincial secretaries still telephone you first, and Rudzutak has noticed.| You handed over every drawer, and the Nationalities keep you busy.} Zinoviev, who wanted you smaller, not gone, looks at the empty chair beside Trotsky and begins to worry.
    "You have done what Ilyich wanted, Koba. Nobody will forget it." # SPEAKER: Kamenev
- protagonist == "Trotsky":
    Lenin's letter has been obeyed after all. Stalin is no longer General Secretary; {general_secretary} holds the Secretariat, and Stalin keeps his seat in the Politburo and his clients in the provinces.
    Zinoviev and Kamenev no longer need him as a buffer against you. They have not decided yet whether they need you at all.
    "Ilyich's letter cuts every way, Lev Davidovich. Remember that." # SPEAKER: Zinoviev
- else:
    You questioned Lenin's last letter four months after his funeral, in front of his widow. The plenum sent it to the whole Congress, and the new Central Committee has done what the letter asked. {s3_telegram.let_stand: The Saturday answer did the rest. A man who would lie about a funeral, the corridors said, would lie about a letter.}
    {general_secretary} holds the Secretariat. You keep your seat in the Politburo, for now, and your clients keep their posts. But Zinoviev and Kamenev no longer need you as a buffer against Trotsky, and they know exactly where you are weak.
    Your doubts were not absurd: the letter was typed and unsigned. But in 1924 a dead leader's last words were scripture, and you had sworn {s3_oath.oath:six oaths|loyalty} to them.
    "You should have let us save you, Koba." # SPEAKER: Zinoviev
}
{not lenin_dead:
    Lenin's illness runs its course. Three strokes in ten months leave him little time; in history he died on 21 January 1924, and nothing in the medical record suggests a long reprieve. Meanwhile the Politburo runs the country without him, as it has since his first stroke, with Kamenev in the chair. # FACT: F001 F009 F002 F073
}
Historians who imagine this road are cautious. Lewin read Lenin's last months as a campaign against Stalin's power that no one but Lenin could have led; and a new General Secretary, all Lenin asked for, still leaves Stalin in the leadership. # FACT: F017 F073
{lenin_dead: Kotkin and Harris would expect Stalin to keep his network; Figes and Deutscher think a Zinoviev-led leadership plausible. Stalin might rebuild from another post as the alliances shift in 1925–26; then everything turns on who controls appointments.|What Lenin wanted next, nobody can ask him. Roberts notes that he had tried to make Trotsky a deputy premier as a counterweight to the Secretariat; Cohen sees his last articles pointing to NEP with voluntary cooperatives, close to what Bukharin later argued. Without him, his heirs must guess.}
The party Lenin built stays what it was, and whoever holds the Secretariat inherits it: one party, the ban on factions, the secret police, secretaries appointed from above. And the grain question comes whoever leads: low state prices and a shortage of goods brought the crisis of 1927–28, and plausibly would here. # FACT: F084 F074 F101 F102
{protagonist == "Trotsky": You took Lenin's quarrel to the party and won it.|The Secretariat was yours, and now it is not.} Who sits at the head of the table in 1953 is a question no historian will answer for you.
Lenin's advice was followed. Was it the right advice? Play again, and try another road.
- (questions)
Lenin asked only that Stalin be moved from the post of General Secretary, not thrown out of the leadership. Would that have been enough to stop him, or had the Secretariat already done its work? # QUESTION
Lewin argued that no one but Lenin could have stopped the apparatus. How much, then, did Stalin's rise depend on the luck of Lenin's strokes, and how much on the system Lenin had built? # QUESTION
Whoever held the Secretariat inherited the one-party state, the ban on factions and appointment from above. Could a different General Secretary have used those powers differently, or would they push any leader the same way? # QUESTION
{
- not lenin_dead && protagonist == "Trotsky":
    In history Trotsky did not use Lenin's notes on Georgia at the 12th Congress in April 1923. Why might he have held back, and what did he risk by pressing the case, as he does here? # QUESTION
- not lenin_dead:
    In history Stalin threatened to resign in 1923 but kept the Secretariat. What would have had to be different for him to let it go, as he does here? # QUESTION
- protagonist == "Trotsky":
    Here the testament was obeyed after Lenin's death. Why did Zinoviev and Kamenev defend Stalin in May 1924 in history, and what might have changed their minds? # QUESTION
- else:
    Kotkin has questioned how much of the testament was Lenin's own, though most historians accept it. Why was it so dangerous for Stalin to challenge the letter in 1924, whatever the truth? # QUESTION
}
-> END


// ─── 1925–1929: other roads ─────────────────────────────────────────────────────────────────────

=== ending_zinoviev_led
The Leningrad Line. # ENDING: zinoviev_led # DATE: {zinoviev_led_date()} # PLACE: {zinoviev_led_place()} # POSTER: head Zinoviev
{short_run: -> short_epilogue_zinoviev_led}
Zinoviev sits at the head of the table now, heavy and pale, talking about the kulak danger and the international revolution in the same breath. In 1917 he voted against the rising, and Lenin called him a strikebreaker. Now he sits where Lenin sat.
Kamenev sits beside him, calmer, adding up what it will cost.
{
- protagonist == "Trotsky" && alliance != NoAlliance:
    You broke your silence for them, and the Congress refused to endorse its own Central Committee. The new Committee was drawn up in Smolny and in Kamenev's study, and it leans to Leningrad. {alliance == NewOppositionBloc:Deutscher thought Trotsky's silence in 1925 a lost chance. You did not waste it.}
    Zinoviev thanks you in private and keeps you at arm's length in public. To him you are still the Bonaparte of 1924, only now a useful one.
- protagonist == "Trotsky":
    You watched the quarrel of your enemies from your seat and let it burn. Zinoviev has won it. He does not thank you for your silence; he merely no longer needs to break you.
- stalin_bloc == WithTroika:
    You kept the troika, and Zinoviev has presented the bill: every provincial appointment goes to the Politburo, where he reads the files first. Even your own secretaries take their cue from Smolny.
- else:
    You balanced too long, and the Leningraders did not. Zinoviev has the majority, and you have a long memory.
}
"Comrades, we shall be a collective leadership in fact and not only in words." # SPEAKER: Zinoviev
{protagonist == "Stalin":You applaud with the rest. You have your own idea of what a collective is.|Stalin applauds with the rest. He has his own idea of what a collective is.} Bukharin does not applaud at all.
This is a rarer road. Figes and Deutscher think a Zinoviev-led, more genuinely collective leadership was plausible for a time; nobody thinks it would have been stable: the troika had only ever been an alliance against Trotsky, and in history Zinoviev never again commanded a majority. # FACT: F054 F097 F021
Zinoviev's line means faster industry, heavier taxes on the better-off peasants and the private traders, collective farms encouraged, and a Comintern still waiting for revolution in the West; it does not mean abolishing NEP. Nor does it mean party democracy: the ban on factions, the secret police and appointment from above pass intact to the new majority, and Leningrad's own delegation voted as one bloc in 1925, the way machines do. # FACT: F050 F051 F052 F084 F074 F055
{
- general_secretary == Stalin && protagonist == "Stalin":
    You still sit in the Secretariat, one voice among several. As long as you help to choose the secretaries who choose the delegates, the Leningrad line lasts only as long as you allow it to; on Harris's reading, appointments decide.
- general_secretary == Stalin:
    Stalin still sits in the Secretariat. As long as he helps to choose the secretaries who choose the delegates, the Leningrad line lasts only as long as he allows; on Harris's reading, appointments decide.
- protagonist == "Stalin":
    You have lost the Secretariat but not your clients. A plausible next chapter has you rebuilding, as the alliances shift again.
- else:
    Stalin has lost the Secretariat but not his clients. A plausible next chapter has him rebuilding, as the alliances shift again.
}
Then the grain question returns: low state prices and empty shops brought the crisis of 1927–28, and a leadership already set on squeezing the kulaks meets it halfway to coercion. How far it would go, Nove, who thought fast industry needed much coercion though not Stalin's extremes, and Cohen, who saw a gradual road, would answer differently. Who led this party in 1953, no historian will say. # FACT: F101 F102 F064
A party led from Leningrad. Would it have been so different? Play again, and try another road.
- (questions)
In history Zinoviev's New Opposition lost the 14th Congress of December 1925 by about 559 votes to 65, and he never led the party. What would have had to be different for him to come out on top, and how plausible is that? # QUESTION
Zinoviev's Leningrad delegation voted as one bloc in 1925. Was his Leningrad machine really different from Stalin's Secretariat, or only smaller? # QUESTION
Zinoviev wanted faster industry, heavier taxes on the better-off peasants and revolution abroad, without abolishing NEP. Faced with the grain crisis of 1927–28, how far would his leadership plausibly have gone in squeezing the villages? # QUESTION
Historians doubt that a Zinoviev-led leadership would have been stable. Why did alliances at the top of the party keep breaking between 1923 and 1929? # QUESTION
{
- protagonist == "Trotsky" && alliance != NoAlliance:
    Here Trotsky stood beside Zinoviev and Kamenev, the men who had helped push him aside in 1924. Why, in history, did they join forces only in April 1926, after Zinoviev had lost Leningrad? # QUESTION
- protagonist == "Trotsky":
    Trotsky stayed silent while Zinoviev fought Stalin, as he did in history at the 14th Congress. Deutscher saw that silence as a lost chance; what would speaking out have gained or risked? # QUESTION
- stalin_bloc == WithTroika:
    Here Stalin kept the troika and lost the Secretariat to a committee. Why did the real Stalin side with Bukharin and the Right in 1925 instead? # QUESTION
- else:
    Stalin never took on all his opponents at once. Why did that approach work for him in history but fail in this run? # QUESTION
}
-> END


=== ending_bukharin_nep
At a Snail's Pace. # ENDING: bukharin_nep # DATE: December 1929 # PLACE: The Kremlin, the Politburo # POSTER: head Bukharin
{short_run: -> short_epilogue_bukharin_nep}
The grain has come in: not fast, not enough for Kuibyshev's factories, but bought, not taken. Rykov reads the procurement figures aloud, and for once nobody asks for a prosecutor.
Bukharin is at the table, quick and bright, talking about the alliance of workers and peasants and a socialism that grows at a snail's pace, but grows. Tomsky looks almost content. Kalinin and Voroshilov, who could have gone the other way, have not.
{
- protagonist == "Stalin":
    {right_defeated:You condemned Bukharin's group once. Then you took up his programme yourself, and in November the Central Committee kept it.|For more than a year the Right's line has held at this table. Whether you chose it or had it forced on you, you are the one who has to keep it.} {general_secretary == Stalin:You are still General Secretary, of a party that has chosen patience.}
    Pravda marked your fiftieth birthday with a respectful page. In another year it might have been the whole paper.
    "Koba, you see? The peasant pays us in grain when we pay him in goods." # SPEAKER: Bukharin
    You tell him he is right. You are thinking about the Plan, and about how long patience lasts.
- trotsky_fate == Readmitted:
    You came back from Alma-Ata in the spring, to a party card and a minor post, on condition that you keep out of politics. The Right won with help it will never admit to: your message, and your people's votes. Bukharin feared exactly that alliance, and made it anyway.
    Now you read the figures in the newspaper like everyone else. Bukharin nods to you in corridors. He does not invite you in.
- else:
    The news reaches you far from the Politburo. The Right has won, with help it will never admit to. Bukharin feared exactly that alliance, and made it anyway.
}
The arithmetic has not changed. Four in five Soviet citizens live on the land, most of them poor, on small strips sown by hand; the "kulak" of the speeches is a small minority, and they backed the Bolsheviks for the land, not for socialism. NEP brought the economy broadly back to its pre-war level, but the new towns must be fed and imported machines paid for in grain, and nobody lends large sums to a state that repudiated the Tsar's debts. Peasants sell on good terms or not at all: when prices are low and the shops empty, they feed the grain to their animals or keep it against a bad year. # FACT: F107 F111 F109 F119 F042 F105 F106 F114 F115 F100 F116 F118
Was the road real? Stephen Cohen argued so: market relations with the peasants, voluntary cooperation, slower but steadier industry. Kotkin, imagining Stalin dead in 1928, put the chance of coerced wholesale collectivisation "near zero", but thought NEP's clash with the party's goals might transform the regime or break it. Sceptics such as Bean expect the procurement crises to come back, and with them a later, perhaps milder, turn to coercion. # FACT: F044 F069 F101 F102 F117
Nor is this a free country. One party, the secret police and the ban on factions remain; the Right helped expel the Left in 1927, and the Shakhty engineers were tried as "wreckers" in 1928. # FACT: F084
Content note: the next paragraph describes famine and mass repression. # CONTENT_NOTE: repression, famine
In history this road closed. Forced collectivisation began in 1930, and more than 1.8 million people, whole peasant families, were deported as "kulaks" in 1930–31. The famine of 1931–33 killed roughly 5 to 7 million (Kotkin): about 3.5 million in Ukraine and 1.2 to 1.4 million in Kazakhstan, whose nomads lost the largest share of any people. Ukraine and many other states recognise the Holodomor as genocide; historians debate intent, and agree that state policy caused and deepened the famine. Tomsky killed himself in August 1936, when the first show trial named him. Bukharin confessed in March 1938, his wife Anna Larina already in a camp, and was shot with Rykov on the 15th. # FACT: F117 F072
On this road, plausibly, there is no famine of 1931–33, and slower growth in heavy industry. Whether that would have lost the war of 1941 or won it more cheaply is not settled.
{protagonist == "Stalin":And you, at the head of the Secretariat, with the patience of a man who has never liked waiting?|And you, with your plans for planning and your old quarrel with the snail's pace?} A Bukharin-led market socialism still standing in 1953 is possible on Cohen's reading, and heavily debated.
The snail's pace, or another crisis? Play again, and try another road.
- (questions)
Cohen argued that Bukharin's road was real, and that Stalinism was not the inevitable result of Bolshevism. What evidence from the 1920s supports him, and what counts against him? # QUESTION
Peasants sold grain on good terms or not at all, and large foreign loans were out of reach. Could the state have paid for fast industry without squeezing the villages? # QUESTION
Sceptics such as Bean expect another grain crisis on this road, and Nove thought fast industrialisation needed some coercion, though not Stalin's extremes. If a new crisis came in 1930 or 1931, how far might these leaders plausibly have gone? # QUESTION
Defenders of Stalin's forced pace say its factories won the war of 1941–45; critics point to the famine and the purge of the army. How can historians weigh an argument about a road that was never taken? # QUESTION
{
- protagonist == "Stalin" && right_defeated:
    Here Stalin condemned Bukharin's group, then took up its programme himself. Does a turn like that make his policies look like conviction or like tactics? # QUESTION
- protagonist == "Stalin":
    In history the Right may briefly have had a majority in the Politburo in 1928, but it kept the quarrel inside closed meetings and lost. What did it need to do differently to win, as it does here? # QUESTION
- else:
    Here the Right won with help from Trotsky's supporters, an alliance Bukharin feared. Why did the Left and the Right not join forces against Stalin in history, even when both had come to fear him? # QUESTION
}
-> END


=== ending_trotsky_led
The Most Able Man. # ENDING: trotsky_led # DATE: {trotsky_led_date()} # PLACE: {trotsky_led_place()} # POSTER: head Trotsky
~ politburo += Trotsky
{short_run: -> short_epilogue_trotsky_led}
The new Central Committee meets, and for the first time since Lenin fell ill, its majority follows you.
Lenin called you perhaps the most able man in the Central Committee, and too sure of yourself. Tonight the second half of the sentence is the one you think about.
{
- alliance != NoAlliance:
    Zinoviev and Kamenev sit beside you, and you know what they are calculating. They brought the Leningrad machine; you brought the name. Neither side trusts the other to keep its word.
- else:
    You won without Zinoviev and Kamenev, which means they owe you nothing, and fear you more than ever.
}
Bukharin, Rykov and Tomsky are wary: you have always wanted to tax the village harder and plan the factories faster. {general_secretary == Stalin:Stalin is still General Secretary, for the moment, and very quiet.|Stalin, out of the Secretariat, sits in his old seat and writes down who voted how.}
{trotsky_holds_army: You still hold the War Commissariat, and every man at the table has thought about that today.}{testament_denied: You once signed a statement that Lenin left no testament. Tonight nobody mentions it; they will.}{mantle >= HEIR_AT_LAST: To much of the party you are Lenin's heir at last.}
"The party chose a line, Lev Davidovich, not a leader. Let us all remember that." # SPEAKER: Zinoviev
{t4_congress.party_always_right:You told a Congress once that no one can be right against the party.|You have spent years arguing with the party.} Now the party agrees with you. It is not the same thing as being right.
Historians rarely imagine this road, and never as a happy one. The fear of a Bonaparte with an army behind him, which made Zinoviev and Kamenev choose Stalin in 1924, does not vanish because you won a vote (Figes, Deutscher); nor does the reputation Lenin's letter confirmed: brilliant, aloof, too sure of yourself, without friends in the machine. # FACT: F020 F094 F023
Your programme is not the caricature your enemies drew: you proposed a tax in kind a year before NEP, and you want planning, faster industry and heavier taxes on the richest peasants, not forced collectivisation; Roberts calls you a moderate critic of NEP. But when low prices and empty shops bring a grain crisis like that of 1927–28, will a government in a hurry stop at a grain loan from the richest tenth? Nove thought fast industry made much coercion hard to avoid, though not Stalin's extremes. # FACT: F027 F046 F101 F102
And the state you inherit is Lenin's, and partly yours: one party, the ban on factions you voted for in 1921, the secret police, secretaries appointed from above. You wrote Terrorism and Communism, militarised labour in 1920, and sent the army across the ice to Kronstadt. A leader who wins with such tools tends to keep them. # FACT: F084 F030
Abroad, a party led by the author of Permanent Revolution plausibly spends more on the Comintern and alarms more governments; "Socialism in One Country" offered a tired party something nearer home. By 1941 faster planned industry might have built more factories; a party at war with its peasants, or with itself, might have built fewer. {general_secretary == Stalin:As long as Stalin holds the Secretariat, every one of your majorities is on loan.|Stalin keeps his clients, and waits, as he always has.} In 1953 you would be seventy-three. No historian will guess who would have buried whom. # FACT: F026 F098
You filled the empty chair. Did it change the system, or only the man in it? Play again, and try another road.
- (questions)
Historians rarely imagine Trotsky leading the party. What would have had to be different in 1924–25 for him to win a majority, and how plausible is that? # QUESTION
Trotsky wanted planning, faster industry and heavier taxes on the richest peasants, not forced collectivisation. Facing a grain crisis like that of 1927–28, would he plausibly have stopped there? # QUESTION
Trotsky attacked appointment from above in 1923, yet the 1921 ban on factions and the secret police would now be his to use. Would a Trotsky-led party have kept the tools that were used against him? # QUESTION
Why did "Socialism in One Country" appeal to so many party members after the failed German rising of 1923? Could a leader who argued for Permanent Revolution have kept their loyalty? # QUESTION
{
- trotsky_holds_army:
    Here Trotsky still commands the Red Army. Why did the fear of a "Bonaparte", a general who takes power after a revolution as Napoleon did, matter so much to the other leaders, and would his victory have calmed that fear or fed it? # QUESTION
- alliance != NoAlliance:
    Trotsky won here with Zinoviev and Kamenev, who had helped push him aside in 1924. How long could an alliance of old enemies plausibly have lasted? # QUESTION
}
-> END


=== ending_army_coup
Bonaparte. # ENDING: army_coup # DATE: January 1925 # PLACE: Moscow, the Kremlin # POSTER: uniform Trotsky
~ politburo -= (Stalin, Zinoviev, Kamenev)
{short_run: -> short_epilogue_army_coup}
A week after the night the Kremlin guard changed hands. Armoured cars stand at the Borovitsky Gate, and cadets from the military academies walk the walls in the snow. The plenum that was to take the army from you never met.
You hold the Kremlin, the telegraph and the Moscow stations. You do not hold the Lubyanka. Dzerzhinsky has stayed inside it with the OGPU's own troops, and talks to every province by telephone.
Stalin, Zinoviev and Kamenev are still in their Kremlin apartments, with sentries at the doors. Stalin has asked for tobacco and the newspapers. Zinoviev writes protests that nobody delivers.
Leningrad's party, its Soviet and much of its garrison have declared against you. Frunze sends word that the army must stay united. He does not say behind whom.
{t5_army.mobilise_cells: The resolutions of 1924 have become regiments.} {army >= ARMY_FOLLOWS: Most of the army follows you, for now.|Half the army is waiting to see who wins.} {t3_funeral.return_at_once: The workers who saw you on Red Square a year ago stay at home.}
"You have taken a city, Lev Davidovich. Now try to govern a country with it." # SPEAKER: Stalin
The commanders who brought their regiments want something in return. They want seats at the table. There are empty chairs now.
You have done what Trotsky never did; Deutscher called his refusal principled, and also a sign of indecision. What you have now is what the sources expect of a coup that succeeds: a military-bureaucratic dictatorship, and civil strife. Not the party democracy of the New Course. # FACT: F022 F096
What plausibly follows is weeks or months of fighting for Leningrad and the provinces: the secretaries Stalin appointed decide which way to jump, the party splits between your cells and theirs, and a Revolutionary Military Council governs by decree. The peasants, who remember requisitioning, hide their grain; commanders know one answer to that, learned in the Civil War. # FACT: F074 F080 F091
The fear of a Red Bonaparte that Figes and Deutscher saw behind Zinoviev's and Kamenev's choices has come true, and no regime loses its secret police or its habits of command because new men hold the keys. An army that spends years policing its own country is not obviously readier for 1941. Who ruled in 1953, and whether you lived to see it, nobody can say. # FACT: F020 F084
Bonaparte was the word your enemies used for you. Now it is your name.
This is the road Trotsky refused. Why did he refuse it? Play again, and try another road.
- (questions)
Trotsky later said a military move would have destroyed the very thing he was fighting for. What did he mean, and do you agree? # QUESTION
The sources suggest a coup in 1924–25 would most likely have failed, because the secret police, the party cells and most commanders followed the Politburo majority. What does that tell us about where power lay in the Soviet state by 1925? # QUESTION
Zinoviev and Kamenev feared Trotsky as a "Bonaparte", a general who takes power after a revolution as Napoleon did. In history he gave up the army in January 1925 without a fight: were they right to fear him more than Stalin? # QUESTION
The commanders who backed the coup want seats at the table. In a state won by the army, who would really hold power, and what would happen to the party's promises? # QUESTION
{t5_army.mobilise_cells:
    In this run Trotsky had let the army's party cells speak for him in 1924. Where is the line between soldiers taking part in party politics and a coup? # QUESTION
}
-> END


=== ending_fallen_early
{
- protagonist == "Stalin":
    The Empty Desk. # ENDING: fallen_early # DATE: {fallen_early_date()} # PLACE: {fallen_early_place()} # POSTER: head Zinoviev # POSTER: {politburo has Stalin:outside|away} Stalin
- trotsky_arrested():
    Arrest. # ENDING: fallen_early # DATE: January 1925 # PLACE: Moscow, under guard # POSTER: away Trotsky
- trotsky_fate == ExpelledFromParty:
    Expelled. # ENDING: fallen_early # DATE: {fallen_early_date()} # PLACE: {fallen_early_place()} # POSTER: away Trotsky
- else:
    The Prophet Unarmed. # ENDING: fallen_early # DATE: {fallen_early_date()} # PLACE: {fallen_early_place()} # POSTER: away Trotsky
}
{
- protagonist == "Stalin":
    {general_secretary == Stalin:
        ~ general_secretary = Rudzutak
    }
    {short_run: -> short_epilogue_fallen_early}
    The new Central Committee has taken the Secretariat from you and given it to {general_secretary}. {politburo has Stalin:You keep a seat at the table, far from its head.|Your seat at the table has gone too.} There is talk of a commissariat far from Moscow. Lenin asked only that you leave the Secretariat; your colleagues are going further.
    {
    - alliance == NewOppositionBloc || alliance == UnitedOpposition:
        It was Trotsky standing up beside Zinoviev that did it. You had counted on them hating each other more than they feared you.
    - stalin_bloc == WithRight:
        Bukharin stood by you to the end, and keeps his seat, and loses his voice.
    - else:
        You balanced too long between Leningrad and Bukharin, and when the count came neither of them was yours.
    }
    {apparatus >= SECRETARIES_STILL_WRITE: Your secretaries in the provinces still write to you. Some of them will keep writing.|The letters from the provinces have stopped. Men who owed you their posts have found new patrons.} {s3_oath.oath: The oaths of 1924 are still in the newspapers' files. Nobody quotes them now.}
    That evening Molotov comes to your office with a list of names he thinks you will want. You tell him to keep it in his head, not on paper. He understands.
    "We should have done this in 1924, Koba. Ilyich told us to." # SPEAKER: Kamenev
    Zinoviev sits where you expected to sit, and talks as if he always had.
    This is the road Kotkin imagined when he asked what would have happened had Stalin died in 1928. Without him, he argued, the chance of coerced wholesale collectivisation was near zero; the regime might instead have been transformed, or have collapsed, as NEP clashed with the party's socialist goals.
    A collective leadership forms without you: Zinoviev and Kamenev, Bukharin and Rykov, {trotsky_fate == InParty:Trotsky too, }none of them trusting the others. Plausibly it lasts as long as the grain does. The procurement crisis of 1927–28 came from low state prices and a shortage of goods, not from one man, and sceptics such as Bean expect it here too. # FACT: F101 F102
    Nor is this freedom. The one-party state, the ban on factions you used against Trotsky, the secret police and appointment from above pass to your successors intact; the machine you built does not need you to run. Cohen would hope for Bukharin's gradual road; Nove would expect considerable coercion once the leaders chose fast industry, though not the famine and terror of history. # FACT: F084 F074
    And you? Plausibly you rebuild as the alliances shift; plausibly you end in a provincial post, the fate many have imagined for you had Lenin lived. Nobody can say who would have sat at the head of the table in 1953. # FACT: F073
    The machine outlived its maker. Would it have made another? Play again, and try another road.
- else:
    ~ politburo -= Trotsky
    {short_run: -> short_epilogue_fallen_early}
    {
    - trotsky_arrested():
        They do not put you in a cell. They put you in a railway carriage with the blinds down, and Natalia beside you, bound for somewhere far to the east.
        The commanders who answered your question are in the Lubyanka's cellars. Frunze, who was placed at your side for exactly this day, did his duty to the Politburo. The OGPU never wavered.
        {army >= COMMANDERS_LOYAL: Some regiments waited for your word to the end. It never came in time.|The regiments you counted on waited to see who would win, and then they knew.}
        "They will call it Bonapartism for the rest of our lives, Lev." # SPEAKER: Natalia Sedova
        Dzerzhinsky's OGPU, the party cells and nearly every commander stood by the Politburo majority. # FACT: F022 F084
    - trotsky_fate == ExpelledFromParty:
        Two-thirds of the joint plenum raised their hands. The secret clause of 1921 was written for moments like this, and published in 1924 to warn you.
        {alliance == UnitedOpposition:Zinoviev and Kamenev signed the statement of October and kept their party cards. They do not look at you.|You go out alone. Zinoviev, who asked for this first, watches you leave.}
        {mantle >= MANTLE_REMEMBERED: Outside, students wait on the stairs to shake your hand. It is not a majority. It is not nothing.|Outside, nobody is waiting.}
        That night Natalia packs the archive into crates. You both know what follows expulsion: exile, somewhere a long way from the telegraph.
        In history the expulsion came in November 1927, after the war scare and the street banners of 7 November. Here it comes a year sooner, and the charge is the same: factionalism, under Lenin's own ban. # FACT: F062 F084 F061
    - else:
        You are out of the Politburo. {trotsky_holds_army:The army goes with your seat.|The army is long gone.} They give you a desk at the Concessions Committee and the electrical board, and you throw yourself into turbines and foreign contracts as if they were the revolution.
        American and British firms come to bargain for manganese and gold. Their negotiators stare at you across the table as if at a monument.
        {alliance != NoAlliance: Your allies have made their peace without you.|You made no alliances, and nobody came to ask why.} {suspicion >= STILL_FEARED: They still fear you. It keeps them united.|They no longer fear you. It is worse.}
        Deutscher stressed Trotsky's hesitation at the key moments, and saw his passivity in 1925 as a lost chance. You were pushed aside before you could even hesitate. # FACT: F096 F097
    }
    The struggle goes on without you. Plausibly it goes faster: the Secretariat chooses the delegates, the votes follow, and each defeated opposition is followed by a purge of its supporters. {alliance == NoAlliance:Zinoviev and Kamenev will break with Stalin in their turn, and lose in their turn.|Zinoviev and Kamenev, who signed to stay inside, will recant in their turn, and it will not save them.} # FACT: F074 F082 F083
    Content note: the next paragraphs describe famine and mass repression. # CONTENT_NOTE: repression, famine
    If it follows history's road, Stalin's victory brings forced collectivisation from 1930, more than 1.8 million people deported as "kulaks" in 1930–31, and a famine in 1931–33 that kills roughly 5 to 7 million (Kotkin), about 3.5 million in Ukraine (estimates run from 2.6 to 5 million) and 1.2 to 1.4 million in Kazakhstan. Ukraine and many states recognise the Holodomor as genocide; historians debate intent but agree that state policy caused and deepened it. # FACT: F117
    After Kirov's murder in December 1934 come the show trials. Zinoviev and Kamenev confess, after months of interrogation, threats to their families and a promise of their lives, and are shot on 25 August 1936; Bukharin and Rykov on 15 March 1938. In 1937–38 about 1.5 million people are arrested and 681,692 shot by the official count, among them your son Sergei, who never cared for politics, and thousands who once signed an Opposition platform.
    In history Trotsky, deported in 1929, was murdered in Coyoacán by Ramón Mercader on 20 August 1940 and died the next day. A man who fell as early as you plausibly meets the same end sooner, or in the dock beside Zinoviev and Kamenev. No road of defeat in this party was safe.
    In 1941 Germany invades, and the Soviet Union wins at catastrophic cost. Defenders of the forced pace credit its factories; critics point to the famine and the purged army. Stalin dies on 5 March 1953; Lenin's testament is published in the Soviet Union in 1956. # FACT: F028
    You fell before the real fight began. Could it have gone otherwise? Play again, and try another road.
}
- (questions)
This run ended early. Pick the moment that did most to bring you down: was it a choice, a structure that no one could change, or chance? # QUESTION
{
- protagonist == "Stalin":
    If Stalin had fallen in 1925, as here, what would plausibly have stayed the same, and what might have changed? # QUESTION
    Stalin's clients keep their posts even after his fall. Could the party machine he built have produced another leader like him? # QUESTION
    {
    - alliance == NewOppositionBloc || alliance == UnitedOpposition:
        Here Trotsky and Zinoviev joined forces in time. Why did they fail to unite in 1925 in history, and come together only in 1926, after Zinoviev had lost Leningrad? # QUESTION
    - stalin_bloc == WithRight:
        Here Bukharin stood by Stalin and it was not enough. In history, what made the Stalin–Bukharin alliance strong enough to win the 14th Congress in 1925? # QUESTION
    - else:
        Here Stalin balanced too long between Zinoviev and Bukharin. In history, why did choosing the Right in 1925 work so well for him? # QUESTION
    }
- else:
    Deutscher saw hesitation and lost chances in Trotsky's conduct in 1923–25. Was his fall mainly his own doing, or was the Secretariat's grip on the choice of delegates too strong for anyone? # QUESTION
    Zinoviev and Kamenev later recanted and were readmitted, and it did not save them. What real choices did a defeated opposition leader have in the party of the 1920s? # QUESTION
    {
    - trotsky_arrested():
        Trotsky had led the Red Army since 1918, yet here the army, the secret police and the party cells followed the Politburo majority. Why? # QUESTION
    - trotsky_fate == ExpelledFromParty:
        Trotsky was expelled under the 1921 ban on factions, passed under Lenin to keep the party united. How did that rule become a weapon in the struggle to succeed him? # QUESTION
    - else:
        Trotsky ends this run at a minor desk, still famous and without power. How could so famous a leader be pushed aside so quietly? # QUESTION
    }
}
-> END


=== ending_capitulation
The Road Back. # ENDING: capitulation # DATE: Spring 1929 # PLACE: Moscow, a planning office # POSTER: head Stalin # POSTER: outside Trotsky
~ politburo -= Trotsky
{short_run: -> short_epilogue_capitulation}
A desk in a planning office, a window on a courtyard, and a party card in your breast pocket. The statement you signed is in Pravda's files: the party's course against the kulaks confirms what the Opposition demanded, Trotskyism was a deviation, and you lay down your arms.
Ordzhonikidze, who chairs the Control Commission, looks in on your first morning. He shakes your hand a moment longer than he needs to.
"Welcome back, Lev Davidovich. Now work. The party needs engineers more than prophets." # SPEAKER: Ordzhonikidze
{alliance == UnitedOpposition:Zinoviev and Kamenev, your partners of 1926, came back by the same door in June 1928.|Zinoviev and Kamenev came back by the same door in June 1928.} Radek and Preobrazhensky are wavering; by the summer they will follow, with hundreds of others. They will all have desks, and titles, and no voice.
This month the Central Committee condemns Bukharin's group. Bukharin, who called Stalin a Genghis Khan, is learning what you learned.
{grain_policy == ExtraordinaryMeasures: Stalin has taken up the fight against the kulaks with Civil War methods and told the party it is your programme. It is not, and you know it. You signed anyway.|Stalin has turned against the Right and told the party the turn is yours. It is not, and you know it. You signed anyway.}
{testament_denied: It is the second statement you have signed against your own conscience. The first said Lenin left no testament.} {mantle >= MANTLE_REMEMBERED: Some of the young people who followed you will not speak to you now.|There are not many left to be disappointed.}
Natalia asks what you have bought. You tell her: time.
Content note: the next paragraphs describe famine and mass repression. # CONTENT_NOTE: repression, famine
This is the road of the capitulators, and history shows where it led: many of Trotsky's followers capitulated in 1929, and most of their leaders were later shot. # FACT: F062
Zinoviev and Kamenev were expelled again in 1932, readmitted, arrested after Kirov's murder in December 1934, and tried in August 1936. They confessed to invented crimes after months in the NKVD's hands, with their families threatened and, Conquest records, a promise that their lives would be spared; they were shot on 25 August. Pyatakov was shot after the trial of January 1937, Preobrazhensky and Smilga the same year; Radek died in a camp in 1939; Bukharin and Rykov were shot on 15 March 1938.
Around them came the Great Break: forced collectivisation from 1930, more than 1.8 million people deported as "kulaks" in 1930–31, and a famine in 1931–33 that killed roughly 5 to 7 million (Kotkin), about 3.5 million in Ukraine (estimates run from 2.6 to 5 million) and 1.2 to 1.4 million in Kazakhstan. Ukraine and many states recognise the Holodomor as genocide; historians debate intent but agree that state policy caused and deepened it. In 1937–38 about 1.5 million people were arrested and 681,692 shot by the official count. # FACT: F117
Trotsky thought Stalin went too far, too fast (Roberts). A readmitted Trotsky would have had to say the opposite in public, every year, louder. # FACT: F027
Where would you have been in August 1936? Plausibly in the dock beside Zinoviev and Kamenev, named as the centre of every plot the prosecutors invented. The Trotsky of history, who refused to submit, was named that way from exile, and was murdered in Coyoacán by Ramón Mercader on 20 August 1940; he died the next day.
Submission did not save the men who submitted. Resistance did not save the man who resisted.
In 1941 the country that Stalin's forced pace built fought Germany and won, at catastrophic cost: its defenders credit the factories, its critics count the famine and the purged army against them. Stalin died on 5 March 1953. Zinoviev, Kamenev, Bukharin and Rykov were rehabilitated in 1988. # FACT: F028
Was there any road that kept a Bolshevik safe? Play again, and try another road.
- (questions)
Zinoviev and Kamenev, and later many of Trotsky's own followers, recanted and were readmitted; most of them were later shot. Why did so many oppositionists choose to submit, and what did they hope to gain? # QUESTION
Some of the Left saw Stalin's turn against the kulaks in 1928–29 as their own programme at last. Compare the Opposition's call for heavier taxes on the richest peasants with what was done to the villages from 1930: how far was it the same policy? # QUESTION
At the 13th Congress in 1924 Trotsky said that no one could be right against the party. How did that belief make it harder for defeated leaders to go on opposing Stalin? # QUESTION
Neither submitting nor resisting saved the leaders of the 1920s. Does that mean their fate was decided by Stalin in the 1930s, whatever they had done before? # QUESTION
{testament_denied:
    This was Trotsky's second statement against his own conscience; the first denied that the testament existed. What can historians learn from public recantations, and what can they not? # QUESTION
}
-> END


// ─── Helpers: dates and places that depend on the run ──────────────────────────────────────────

// stalin_out_of_secretariat: June 1924 after Lenin's death (act 1); before it, the plenum after the
// 12th Congress (Trotsky) or Stalin's handover after the September 1923 plenum.
=== function secretariat_date()
{
- lenin_dead:
    ~ return "2 June 1924"
- protagonist == "Trotsky":
    ~ return "26 April 1923"
- else:
    ~ return "October 1923"
}

=== function secretariat_place()
{
- lenin_dead || protagonist == "Trotsky":
    ~ return "The Kremlin, plenum of the Central Committee"
- else:
    ~ return "Moscow, the Secretariat of the Central Committee"
}

// zinoviev_led: Stalin kept the troika and lost the April 1926 plenum; the United Opposition in the
// autumn of 1926; otherwise the 14th Congress (December 1925).
=== function zinoviev_led_date()
{
- protagonist == "Stalin" && stalin_bloc == WithTroika:
    ~ return "6–9 April 1926"
- alliance == UnitedOpposition:
    ~ return "October 1926"
- else:
    ~ return "December 1925"
}

=== function zinoviev_led_place()
{
- protagonist == "Stalin" && stalin_bloc == WithTroika:
    ~ return "The Kremlin, plenum of the Central Committee"
- alliance == UnitedOpposition:
    ~ return "The Kremlin, joint plenum of the CC and the Central Control Commission"
- else:
    ~ return "Moscow, after the 14th Party Congress"
}

// trotsky_led: the 14th Congress with the New Opposition (Dec 1925); the United Opposition in 1926,
// or at the 15th Congress (Dec 1927) if Trotsky had already lost his Politburo seat; otherwise 1925.
=== function trotsky_led_date()
{
- alliance == EarlyBloc:
    ~ return "2 June 1924"
- alliance == NewOppositionBloc:
    ~ return "December 1925"
- alliance == UnitedOpposition && trotsky_fate != InParty:
    ~ return "December 1927"
- alliance == UnitedOpposition:
    ~ return "October 1926"
- else:
    ~ return "1925"
}

=== function trotsky_led_place()
{
- alliance == EarlyBloc:
    ~ return "The Kremlin, plenum of the Central Committee"
- alliance == NewOppositionBloc:
    ~ return "Moscow, after the 14th Party Congress"
- alliance == UnitedOpposition && trotsky_fate != InParty:
    ~ return "Moscow, the 15th Party Congress"
- alliance == UnitedOpposition:
    ~ return "The Kremlin, joint plenum of the CC and the Central Control Commission"
- else:
    ~ return "The Kremlin, plenum of the Central Committee"
}

// fallen_early, Trotsky: arrested after a failed show of force in January 1925 (act 2 expels him
// before any alliance was made), or sent into exile by any other route.
=== function trotsky_arrested()
~ return (trotsky_fate == ExpelledFromParty && alliance == NoAlliance) || trotsky_fate == InternalExile || trotsky_fate == Deported

// fallen_early: the United Opposition's autumn of 1926; the 14th Congress (December 1925) for Stalin
// or after the New Opposition; otherwise 1925.
=== function fallen_early_date()
{
- alliance == UnitedOpposition:
    ~ return "October 1926"
- alliance == NewOppositionBloc || protagonist == "Stalin":
    ~ return "December 1925"
- else:
    ~ return "1925"
}

=== function fallen_early_place()
{
- alliance == UnitedOpposition:
    ~ return "The Kremlin, joint plenum of the CC and the Central Control Commission"
- alliance == NewOppositionBloc || protagonist == "Stalin":
    ~ return "Moscow, the 14th Party Congress"
- else:
    ~ return "Moscow"
}
