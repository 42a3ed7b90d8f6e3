// ═══════════════════════════════════════════════════════════════════════════════════════════════
// PROLOGUE · TROTSKY · December 1922 – January 1924 (Lenin's last struggle)
// Historical frame: Lenin's second series of strokes (13–16 Dec 1922). The CC plenum of 18 Dec restores
// the foreign-trade monopoly (Trotsky argued Lenin's case) and makes Stalin responsible for Lenin's
// isolation; Lenin's note to Trotsky (21 Dec); Stalin abuses Krupskaya (22 Dec); the testament is
// dictated (23 Dec 1922 – 4 Jan 1923) unknown to the leaders; the Georgian affair; Lenin's letters of
// 5 Mar 1923; the third stroke (10 Mar); the 12th Congress (17–25 Apr; Rudzutak a Politburo candidate);
// the Kislovodsk "cave meeting" (summer); the scissors crisis; Trotsky's letter of 8 Oct and the
// Declaration of the 46 (15 Oct); the New Course (Dec); the 13th Party Conference (16–18 Jan 1924),
// which condemns the opposition as a "petty-bourgeois deviation" and publishes point 7 of the 1921 ban.
// Trotsky, ill, leaves for the south; Act I opens on his train at Tiflis (21 Jan 1924).
// Decision points (knot name = DECISION id): t1_lenin_partnership (5 Mar 1923); t1_twelfth_congress
//   (the troika's terms, only after press_case) and t1_new_secretary (only if the Congress carries the
//   motion); t2_new_course (8 Oct 1923).
// Votes (vote() in functions.ink): the 12th Congress on Stalin's removal (delegates chosen through the
//   apparatus: carried about 1 time in 8 when moved); the 13th Party Conference's condemnation.
// Reads: the six meters; read counts of the labelled choices above.
// Writes: meters (through shift / shift_between only), candidates (+= Rudzutak at the 12th Congress),
//   general_secretary (= Rudzutak, only on the branch that diverts to an ending), alliance
//   (= EarlyBloc if the October 1923 approach to Zinoviev and Kamenev is accepted: rare).
// Endings (endings.ink): ending_stalin_out_of_secretariat, after three decisions: press_case, then
//   move_removal, the vote carried, then Rudzutak or a Secretariat of three (FACTBASE C3a).
// No new globals: later acts read the labelled choices below if they need to.
// ═══════════════════════════════════════════════════════════════════════════════════════════════

=== trotsky_prologue
{short_run: -> short_trotsky_prologue}
Between 13 and 16 December Lenin suffers a second series of strokes. His right side is paralysed. His mind is not. # DATE: 18 December 1922 # PLACE: The Kremlin, plenum of the Central Committee # MILESTONE: lenin_second_strokes # ACT: Prologue — Lenin's Last Struggle
In October, with Lenin absent, Stalin, Zinoviev and Kamenev voted to loosen the monopoly of foreign trade. From his bed Lenin asked you to defend it; today the plenum gives way without a fight.
Then, like housekeeping: Stalin is made responsible for Lenin's isolation under the doctors' orders. Who sees him, what he reads.
~ shift_mantle(3, Discipleship)
Three days later a note comes in Krupskaya's hand: the position has been taken without a shot; keep up the offensive. For taking it down, you learn much later, Stalin abused her on the telephone.
In the small room Lenin goes on dictating, a few minutes a day: a letter to the next Congress, about each of you. On 4 January he adds that Stalin is too rude, and should be removed as General Secretary. None of you knows a word of it.
-> t1_lenin_partnership


// ─── 5 March 1923: Lenin's bomb ─────────────────────────────────────────────────────────────────
=== t1_lenin_partnership
{short_run: -> short_t1_lenin_partnership}
You are ill in bed when Lenin's secretary telephones and reads you a letter. # DATE: 5 March 1923 # PLACE: The Kremlin, Trotsky's apartment
Will you take up the Georgian case in the Central Committee? Stalin and Dzerzhinsky are persecuting it, and he cannot trust them.
The papers come: Georgian Communists bullied, Ordzhonikidze striking a comrade, a General Secretary's haste and spite. All winter Pravda has printed Lenin's attacks on Stalin's old office, the Workers' and Peasants' Inspectorate: better fewer, but better.
- (offer)
The same day he writes to Stalin: apologise to my wife, or we break off relations. He is preparing a bomb for the Congress, his secretary says. Kamenev leaves for Tiflis on Wednesday; have you anything for him? # DECISION: t1_lenin_partnership # TITLE: Lenin's bomb
* (press_case) [Tell Lenin yes: I will read his notes to the Congress myself]
    You send word back: yes. You will say at the Congress what he would say: the General Secretary has too much power and too little restraint.
    Kamenev hears it first. Stalin hears it an hour later. For a week the Secretariat is very quiet and very busy.
    ~ shift_mantle(8, Discipleship)
    ~ shift_suspicion(5, Underestimated)
    In history: Trotsky did not use Lenin's notes. Lewin argues that Lenin was building a bloc with him against Stalin, and that his word would never again carry as it did before the 12th Congress. # FACT: F008 F073 F017
* (deputy) [I will be his deputy in the government after all]
    You write to Lenin: if he still wants you as his deputy, you will take the post you refused in September.
    Nobody can refuse what Lenin asks. Rykov, Tsiurupa and Kamenev make room, and for a few days the commissars watch you the way they watched him.
    ~ shift_mantle(6, Offices)
    ~ shift_right(3, Offices)
    ~ shift_suspicion(6, Underestimated)
    In history: Trotsky had declined Lenin's offer of a deputy premiership in September 1922 and never took it. Roberts notes Lenin meant the post as a counterweight to Stalin's Secretariat; Deutscher that without Lenin's support Trotsky could not hold his own. # FACT: F073 F096
* (bargain) [Give Kamenev my terms. If Stalin meets them, no war #HISTORICAL]
    A war while Lenin lies sick could split the party. Kamenev carries your terms south, looking relieved: Stalin apologises to Krupskaya, the Georgians are left in peace, the intrigues stop.
    ~ shift_mantle(-4, Personality)
    ~ shift_suspicion(-4, Moderation)
    In history: Trotsky put terms to Kamenev and did not press Lenin's case at the 12th Congress. Deutscher stresses his hesitation at key moments; Lewin sees a lost chance. # FACT: F006 F008 F073 F096
- -> trotsky_third_stroke


// ─── 10 March 1923: the third stroke ────────────────────────────────────────────────────────────
=== trotsky_third_stroke
On 10 March a third stroke takes Lenin's speech. He will never dictate another letter. # DATE: 10 March 1923 # PLACE: The Kremlin # MILESTONE: lenin_third_stroke
{t1_lenin_partnership.press_case: The bomb is in your hands, and the man who made it can no longer say it is his.}
{t1_lenin_partnership.deputy: Kamenev chairs the Council again, as if from habit. You still have the post. The man who gave it to you is gone.}
{t1_lenin_partnership.bargain: Stalin sends Krupskaya an apology of sorts. Ordzhonikidze stays in Tiflis.}
~ shift_mantle(-4, Luck)
-> trotsky_twelfth_congress


// ─── 17–25 April 1923: the 12th Party Congress ──────────────────────────────────────────────────
=== trotsky_twelfth_congress
{short_run && not t1_lenin_partnership.press_case: -> short_trotsky_twelfth_congress}
The Twelfth Congress: 408 voting delegates, and the first Congress without Lenin. # DATE: 17–25 April 1923 # PLACE: Moscow, the 12th Party Congress # MILESTONE: twelfth_congress
Zinoviev gives the political report, as Lenin always did. You report on industry: factory prices climbing, grain prices falling, two blades opening like scissors.
{t1_lenin_partnership.press_case: -> the_case}
{t1_lenin_partnership.deputy: You speak from the government bench now. The delegates applaud you, and keep their eyes on Stalin.}
{t1_lenin_partnership.bargain: On Georgia you say nothing. Stalin condemns Great Russian chauvinism in Lenin's words, then takes Mdivani's Georgians apart. Lenin's notes reach only the delegation leaders, behind closed doors.}
-> new_committee

= the_case
After Stalin's report the chairman calls a recess. Kamenev finds you in a side room, with terms from the troika.
-> t1_twelfth_congress

= stalin_moved
The count is checked twice. It stands. The Congress instructs the new Central Committee to choose another General Secretary.
Stalin does not speak. He keeps his seat in the Politburo, and the plenum that elects the Secretariat meets the day after the Congress closes.
~ shift_apparatus(10, Offices)
~ shift_suspicion(5, Underestimated)
In history: the motion was never put. Service stresses that Lenin asked only for Stalin's removal as General Secretary, so he would have stayed in the leadership with many clients. # FACT: F073 F017
-> t1_new_secretary

= splitter
The motion falls{minority() >= RESPECTABLE_MINORITY:, closer than the troika expected}. Zinoviev's men and the provincial secretaries vote together.
By evening the phrase is in every corridor: Trotsky split the party while Lenin lies dying.
~ shift_suspicion(10, Underestimated)
~ shift_apparatus(-5, Votes)
-> new_committee

= new_committee
~ candidates += Rudzutak
Lenin had asked for a Central Committee of fifty to a hundred. The Congress enlarges it to forty, and most new seats go to provincial men Stalin knows. Rudzutak becomes a candidate member of the Politburo.
~ shift_apparatus(-3, Patronage)
-> t2_new_course


// ─── April 1923: the troika's terms (only after t1_lenin_partnership.press_case) ────────────────
// Pressing Lenin's case is a sequence, not one click: Kamenev's terms come first, then a Congress vote
// whose delegates the apparatus chose (carried about 1 time in 9 when moved), then the new plenum.
=== t1_twelfth_congress
Stalin will apologise to Krupskaya. The resolution on the nationalities will condemn Great Russian chauvinism in Lenin's own words. Lenin's notes will be read to the leaders of the delegations, behind closed doors. In return: no motion against the General Secretary. # DATE: 19 April 1923 # PLACE: Moscow, the 12th Party Congress
"Half the hall owes its mandate to Stalin's office, Lev Davidovich. You cannot win a vote there. You can only make us all lose." # SPEAKER: Kamenev
~ forum_ahead_is(Congress)
The delegates are filing back in. # DECISION: t1_twelfth_congress # TITLE: The troika's terms
* (take_terms) [Take the terms: Lenin's words in the resolution, no motion against Stalin #NO_VOTE]
    You take them. Stalin's apology reaches Krupskaya that evening; the resolution borrows Lenin's phrases; Mdivani's Georgians are beaten all the same.
    ~ shift_mantle(-2, Personality)
    ~ shift_suspicion(-3, Moderation)
    In history: Trotsky struck this kind of bargain before the Congress, through Kamenev, and did not raise the Georgian case. # FACT: F008 F096
    -> trotsky_twelfth_congress.new_committee
* (read_only) [Read Lenin's notes to the Congress, and move nothing against Stalin #NO_VOTE]
    You read the notes from the rostrum, every word, and sit down. Let the delegates draw the conclusion.
    Some do. Most look at the presidium to see what they should conclude.
    ~ shift_mantle(4, Discipleship)
    ~ shift_suspicion(4, Underestimated)
    In history: the notes were read only to the delegation leaders. Read to the whole Congress, they would plausibly have shamed Stalin without unseating him. # FACT: F008 F017
    -> trotsky_twelfth_congress.new_committee
* (move_removal) [Read the notes, and move that the new Central Committee choose another General Secretary]
    You read Lenin's notes aloud: the bullied Georgians, Ordzhonikidze's fist, Great Russian chauvinism. Then you move that the new Central Committee choose another General Secretary, as Lenin wishes.
    Most of the delegates were chosen by committees whose secretaries Stalin's office appointed.
    "Ilyich lies sick, and Comrade Trotsky chooses this moment to split the Central Committee." # SPEAKER: Zinoviev
    ~ motion_is(ForYou, (), Stalin)
    ~ temp carried = vote("12th Congress", Congress, CONGRESS_12, for_you(Congress) + LENINS_WORD_1923, 0)
    {carried: -> trotsky_twelfth_congress.stalin_moved | -> trotsky_twelfth_congress.splitter}


// ─── 26 April 1923: the new Central Committee chooses a Secretariat (only if the motion carried) ──
=== t1_new_secretary
The new Central Committee's first plenum. The Congress has spoken; the Committee must decide how. # DATE: 26 April 1923 # PLACE: The Kremlin, plenum of the Central Committee
Kamenev proposes a way out: Stalin stays a year, on probation, watched by a commission of the Politburo. Zinoviev wants the Secretariat "political", with a man of his own in it.
Everyone waits for the man whose motion it was. # DECISION: t1_new_secretary # TITLE: Another General Secretary
* (rudzutak) [Propose Rudzutak, already a secretary of the Committee]
    Nobody fears Rudzutak, the quiet Latvian. That is his qualification.
    ~ candidates += Rudzutak
    ~ general_secretary = Rudzutak
    -> ending_stalin_out_of_secretariat
* (collective) [A Secretariat of three: Rudzutak, a man of Zinoviev's, and one of mine]
    Zinoviev accepts before you finish the sentence. Three secretaries, and every appointment argued.
    ~ candidates += Rudzutak
    ~ general_secretary = Rudzutak
    ~ shift_left(4, Alliances)
    -> ending_stalin_out_of_secretariat
* (probation) [Accept Kamenev's way out: Stalin stays, on probation]
    You let it go. The Congress has shamed him; the commission will watch him. Kamenev shakes your hand as if you had saved the party, and perhaps you have.
    ~ shift_apparatus(-6, Offices)
    ~ shift_suspicion(-4, Moderation)
    In history: Stalin was never put on probation. A warning from the Congress would plausibly have slowed him for a year, not stopped him: the secretaries he had placed stayed where they were. # FACT: F074 F080
    -> trotsky_twelfth_congress.new_committee


// ─── 8 October 1923: the democracy challenge ────────────────────────────────────────────────────
=== t2_new_course
{short_run: -> short_t2_new_course}
Autumn. The scissors you drew in April have opened wide: factories cannot sell their goods, wages go unpaid, strikes break out in Moscow and Sormovo. # DATE: 8 October 1923 # PLACE: Moscow, the War Commissariat
In a cave near Kislovodsk this summer Zinoviev and Bukharin plotted to curb Stalin's Secretariat; all it gave you is an Orgburo seat. The troika meets without you.
{t1_twelfth_congress.read_only: Since you read Lenin's notes to the Congress, delegates stop you in corridors to ask what else he wrote. Kamenev no longer stops at all.}{t1_twelfth_congress.take_terms: Kamenev's terms have held to the letter: an apology, Lenin's phrases in a resolution, and the Georgians beaten all the same.}
You mean to write about democracy in the party, and you know what will be thrown back at you. In 1920 you ran labour armies, wanted the trade unions drilled like regiments, and defended the Red terror in Terrorism and Communism. In March 1921 your army stormed Kronstadt, whose sailors had demanded freely elected soviets, and many of the captured were shot.
- (offer)
~ forum_ahead_is(Conference)
Your pen is on the desk. # DECISION: t2_new_course # TITLE: The democracy challenge
* (write_letter) [The apparatus is strangling the party. I will tell the Central Committee so #HISTORICAL]
    You write it in one sitting: secretaries appointed, not elected; members taught to obey; an economy drifting without a plan.
    A week later forty-six Old Bolsheviks, Preobrazhensky, Pyatakov and Antonov-Ovseenko among them, send their own declaration. You did not sign it; nobody will believe that matters.
    A joint plenum calls your letter a grave political error. A chill caught duck-shooting turns into a fever, and from your bed you write the New Course. Students and military academies vote for you; the provincial committees do not.
    ~ shift_left(8, RadicalMood)
    ~ shift_suspicion(6, FactionBan)
    ~ shift_apparatus(-3, Centralism)
    In history: Trotsky wrote on 8 October, the 46 on the 15th, The New Course in December: for Deutscher and Carr, the party's last relatively open debate. # FACT: F025 F029 F030 F031
* (stay_inside) [Not in public. I will fight it out inside the Politburo]
    You leave the pen where it is. At the Politburo you argue for a plan and against appointed secretaries, and lose, politely, every week.
    A week later forty-six Old Bolsheviks send their own declaration without your name. They wait for you to speak. You do not.
    Then a chill caught duck-shooting turns into a fever. In December you vote for the Politburo's resolution on party democracy, and watch the apparatus carry it out.
    ~ shift_left(-6, RadicalMood)
    ~ shift_suspicion(-4, Moderation)
    In history: Trotsky wrote his letter of 8 October and The New Course. Silence would probably have preserved his standing in 1924, but not solved the apparatus problem. # FACT: F025 F029 F084
* (approach_zk) [A quiet word with Kamenev: Stalin is the danger, not I]
    You ask Kamenev to call, and talk about Stalin: the lists, the Secretariat, Georgia.
    {t1_lenin_partnership.press_case: He has not forgiven the Congress. You tried to use Lenin against them once; why trust you now?}
    {t1_lenin_partnership.bargain: He remembers your terms last spring, and that you kept your side. For an evening he is almost warm.}
    {t1_lenin_partnership.deputy: He shares the deputy chairs of the Council with you, and listens like a colleague. Only like a colleague.}
    // Possible but hard (T9a): they feared him more than Stalin. The odds are EARLY_DEAL_ODDS in 100,
    // better if he kept his word in March, worse if he used Lenin against them, worse with suspicion.
    ~ temp trust = EARLY_DEAL_ODDS - (suspicion - 70) / 2 + (mantle - 45) / 4
    {t1_lenin_partnership.bargain:
        ~ trust += KEPT_YOUR_WORD
    }
    {t1_lenin_partnership.press_case:
        ~ trust -= USED_LENIN_AGAINST_THEM
    }
    {
    - RANDOM(1, 100) <= trust:
        ~ alliance = EarlyBloc
        Kamenev takes it to Zinoviev, and for once Zinoviev does the arithmetic the other way: Stalin's lists are longer every month, and Lenin's chair is still empty. They give you a private understanding. No attacks in print, on either side; at the plenums, a word for each other. Stalin is not told.
        The forty-six send their declaration without you, and a chill caught duck-shooting turns into a fever.
        ~ shift_left(4, Alliances)
        ~ shift_suspicion(-4, Alliances)
        In history: Trotsky made no approach; Zinoviev and Kamenev feared him as a would-be Bonaparte and saw Stalin as manageable, so historians think an early alliance unlikely. An alliance came only in 1926, too late. # FACT: F020 F094 F097
    - else:
        Kamenev takes it to Zinoviev, and Zinoviev does the arithmetic: Stalin is a nuisance; you are Bonaparte. By the end of the week Stalin knows every word.
        The forty-six send their declaration without you, and a chill caught duck-shooting turns into a fever.
        ~ shift_between(Left, -3, 3, Alliances)
        ~ shift_suspicion(6, Alliances)
        In history: Trotsky made no approach; Zinoviev and Kamenev feared him as a would-be Bonaparte and saw Stalin as manageable. An alliance came only in 1926, too late. # FACT: F020 F094 F097
    }
- -> trotsky_thirteenth_conference


// ─── 16–18 January 1924: the 13th Party Conference ──────────────────────────────────────────────
=== trotsky_thirteenth_conference
The Thirteenth Party Conference: 128 voting delegates. You are too ill to attend, and read the reports in bed. # DATE: 16–18 January 1924 # PLACE: Moscow, the 13th Party Conference # MILESTONE: thirteenth_conference
Pyatakov and Preobrazhensky defend the opposition to a hall that heckles them.
Then Stalin reads out the secret seventh point of the ban on factions you voted for on 16 March 1921: two-thirds of a joint plenum can expel a Central Committee member who breaks discipline. He does not say whom he means.
{t2_new_course.stay_inside: The resolution calls the opposition of the forty-six a petty-bourgeois deviation from Leninism.|The resolution calls your opposition a petty-bourgeois deviation from Leninism.}
~ away += Trotsky
~ motion_is(AgainstYou, Stalin, Trotsky)
~ temp condemned = vote("13th Party Conference", Conference, CONFERENCE_13, against_you(Conference), 0)
~ away -= Trotsky
{
- not condemned:
    The resolution falls. Nobody in Moscow can explain it.
- votes_against > A_FEW_HANDS:
    Against it: {votes_against} hands, and the Pravda reporter writes down their names.
- else:
    {votes_against > 0: A few hands against, no more.}
}
{
- t2_new_course.stay_inside:
    Your name is not in it. Your silence is in it all the same.
- alliance == EarlyBloc:
    Your name is in it; Zinoviev kept his word and did not speak to it.
- t2_new_course.approach_zk:
    It was Zinoviev who asked for your name in it.
    ~ shift_mantle(-3, FactionBan)
- else:
    ~ shift_mantle(-3, FactionBan)
}
In history: so the Conference ruled, and published point 7 of the ban to warn him. # FACT: F029 F084 F011

-> trotsky_act1
