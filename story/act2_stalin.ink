// ═══════════════════════════════════════════════════════════════════════════════════════════════
// ACT II · STALIN · October 1924 – November 1926
// Historical frame: Trotsky's Lessons of October (late Oct 1924) starts the "literary discussion"
// (Nov 1924: Kamenev's "Leninism or Trotskyism?", Stalin's "Trotskyism or Leninism?"). Dec 1924:
// Stalin's preface "The October Revolution and the Tactics of the Russian Communists" states
// Socialism in One Country. Jan 1925: Trotsky asks to leave the army (15 Jan); the joint CC–CCC
// plenum (17–20 Jan) relieves him and, with Stalin against Zinoviev's demand, keeps him in the
// Politburo; Frunze appointed (26 Jan). The 14th Party Conference (27–29 Apr 1925; 178 voting)
// adopts Socialism in One Country. 1925: the troika breaks; Stalin sides with Bukharin, Rykov and
// Tomsky; Frunze dies after surgery (31 Oct), Voroshilov War Commissar; the 14th Congress (18–31 Dec;
// 665 voting) defeats the New Opposition (c. 559–65). Jan 1926: Kirov to Leningrad; Kamenev demoted
// to candidate; Molotov, Kalinin, Voroshilov full members. Apr 1926: the United Opposition. Jul 1926
// plenum: Zinoviev out of the Politburo, Rudzutak in. Oct 1926: the factory cells, the 16 Oct
// statement, the testament in the New York Times (18 Oct), Trotsky out of the Politburo and Kamenev
// out as candidate (23 Oct), Stalin's resignation offer; the 15th Party Conference (26 Oct–3 Nov;
// 194 voting) condemns the Opposition.
// Decision points (knot name = DECISION id), in play order (chronological):
//   s7_socialism_in_one_country (Dec 1924), s6_trotskys_fate (Jan 1925), s8_partners (autumn 1925),
//   s9_united_opposition (Jul 1926).
// Reads: the six meters; Act I labels s3_telegram.true_date, s3_oath.oath, s4_enrolment.mass_intake,
//   s5_testament.genuine_resignation / challenge_provenance / krupskaya_wins; politburo.
// Writes: meters (shift only), politburo, candidates, trotsky_holds_army, testament_denied,
//   testament_in_open, stalin_bloc, trotsky_fate, alliance.
// Endings (endings.ink):
//   ending_fallen_early  — s8 "balance", then the 14th Congress vote on the CC report is lost.
//   ending_zinoviev_led  — s8 "with_troika", then Zinoviev's motion to make the Secretariat a
//                          collective body carries at the April 1926 plenum.
//   Every other path goes on to stalin_act3 (1927).
// For Act III: stalin_bloc is whom Stalin chose in 1925 (WithTroika / Balancing mean he survived in a
//   weaker position); trotsky_fate is InParty (still in the Politburo) only after
//   s9_united_opposition.reintegrate; read counts of s9_united_opposition.stages / .crackdown /
//   .reintegrate and s6_trotskys_fate.keep_him / .expel / .gosplan say how the Left was handled.
// ═══════════════════════════════════════════════════════════════════════════════════════════════

=== stalin_act2
{short_run: -> short_stalin_act2}
Trotsky's new volume of his 1917 speeches is out. # DATE: October 1924 # PLACE: Moscow, the Central Committee's offices # ACT: Act II — The Troika Breaks
Its preface: Lessons of October. # MILESTONE: lessons_of_october
{s5_testament.krupskaya_wins:
    ~ testament_in_open = true
}
It recalls that in 1917 Zinoviev and Kamenev voted against the rising, and that last autumn's German rising failed under Zinoviev's Comintern.
Zinoviev goes white. {s3_telegram.true_date: Trotsky came back for the funeral because you told him the truth. It has not made him yours.|Trotsky has not forgotten who told him Saturday, or thinks he knows.}
By November the party press is full of the literary discussion. Kamenev writes Leninism or Trotskyism? You answer with Trotskyism or Leninism?: Trotsky's special role in October is a legend.
{not s3_oath.oath: You are no orator. You read it like a charge sheet, and the charges stick.}

-> s7_socialism_in_one_country


// ─── December 1924: a preface of your own ───────────────────────────────────────────────────────
=== s7_socialism_in_one_country
{short_run: -> short_s7_socialism_in_one_country}
Late, under the lamp, you write a preface of your own. # DATE: December 1924 # PLACE: Moscow, the Central Committee's offices
For seven years every Bolshevik has said it: Russia lit the fuse, and the workers of the West will finish the job. But Germany did not rise, and the party is tired of waiting. In April you wrote the orthodox line yourself. Editions can be revised.
"We can grow into socialism here, with the peasant, at a snail's pace if need be. But ourselves." # SPEAKER: Bukharin
- (offer)
Zinoviev, who runs the Comintern, will not love a doctrine that lets the world revolution wait. # DECISION: s7_socialism_in_one_country # TITLE: Socialism in one country
* (one_country) [Socialism can be built in one country. Write it #HISTORICAL]
    Its final victory will need the workers abroad; the building starts now. Bukharin rings the next morning, delighted. Zinoviev says nothing, yet.
    ~ shift_mantle(6, Doctrine)
    ~ shift_right(5, Doctrine)
    ~ shift_left(-3, Doctrine)
* (world_revolution) [I am Lenin's disciple, not his editor. Cross it out]
    You cross the paragraph out. Lenin said it a hundred times: without revolution in the West we cannot hold out. You are his disciple, not his editor.
    Zinoviev is pleased. Bukharin hides his disappointment badly. The party goes on waiting for Berlin.
    ~ shift_left(5, Alliances)
    ~ shift_right(-4, Doctrine)
    ~ shift_mantle(-3, Doctrine)
    ~ act2s_zinoviev += 4
* (leave_to_bukharin) [Let Bukharin have the theory. I have the appointments]
    Theory is where clever men lose their footing. You send Bukharin your notes, unsigned. His articles carry the idea into the party schools; your Secretariat carries it into every appointment.
    Bukharin, flattered, is yours for the year. Nobody calls you a theorist. You never wanted them to.
    ~ shift_right(8, Alliances)
    ~ shift_apparatus(3, Organisation)
    ~ shift_mantle(-3, Doctrine)
    ~ shift_suspicion(-3, Underestimated)
- In history: Stalin stated it in December 1924, Bukharin developed it, and the 14th Party Conference adopted it in April 1925: for Roberts, one of Stalin's real advantages.{not s7_socialism_in_one_country.one_country: Without it he would plausibly have lost an ideological weapon, though not his hold on appointments.} # FACT: F045 F026 F098
-> s6_trotskys_fate


// ─── 17–20 January 1925: Trotsky leaves the army ────────────────────────────────────────────────
=== s6_trotskys_fate
{short_run: -> short_s6_trotskys_fate}
Trotsky stays away, ill; he has asked to be relieved of the army. # DATE: 17–20 January 1925 # PLACE: The Kremlin, joint plenum of the Central Committee and the Central Control Commission
The plenum takes him at his word: the founder of the Red Army is no longer its commissar. # MILESTONE: trotsky_loses_army
~ trotsky_holds_army = false
~ shift_army(6, Tactics)
Zinoviev wants more.
"He cannot stay in the Politburo. Leningrad says he should not be in the party at all." # SPEAKER: Zinoviev
Kamenev nods. Bukharin looks sick. Rykov and Tomsky look at you.{s3_telegram.true_date: They remember who brought Trotsky home for the funeral.}
- (offer)
~ forum_ahead_is(JointPlenum)
The troika will agree to whatever you agree to. # DECISION: s6_trotskys_fate # TITLE: Trotsky leaves the army
* (keep_him) [The party does not need his head #HISTORICAL]
    You speak last, and mildly: cut off one leader today and another tomorrow, and what is left of the party? Trotsky stays in the Politburo with a warning. Zinoviev is furious. The provinces decide the General Secretary is the reasonable one.
    ~ shift_suspicion(-6, Moderation)
    ~ shift_right(5, Moderation)
    ~ shift_mantle(3, Moderation)
    ~ shift_left(-4, Moderation)
    -> frunze
* (expel) [Zinoviev is right. Lenin's rule allows it]
    You nod. Lenin's rule of 1921 allows it: two votes in three at a joint plenum can expel a member of the Central Committee.
    Bukharin asks, very quietly, whether the party wants a martyr. Nobody answers him.
    ~ motion_is(ForYou, Zinoviev, Trotsky)
    ~ temp count = vote("CC–CCC plenum", JointPlenum, JOINT_1925, for_you(JointPlenum) - EXPULSION_RESTRAINT, 0)
    {two_thirds(): -> expelled | -> expulsion_fails}
* (gosplan) [He wants a plan? Give him Gosplan]
    Let the man who wants a plan make one. You propose Trotsky for Gosplan, with a seat on the Council of Labour and Defence. Lenin himself wanted Gosplan strengthened, partly to meet Trotsky halfway.
    Zinoviev looks at you as if you had handed Trotsky a rifle. Trotsky accepts, coldly. A man with work to do is not writing prefaces. So you hope.
    ~ shift_mantle(5, Flexibility)
    ~ shift_suspicion(-3, Moderation)
    ~ shift_left(-6, Alliances)
    ~ shift_right(-3, Flexibility)
    -> frunze

= expelled
~ politburo -= Trotsky
~ trotsky_fate = OutOfPolitburo
Two hands in three, and more. By Lenin's own rule, Trotsky is off the Central Committee and out of the Politburo. # MILESTONE: trotsky_out_of_politburo
He takes it in silence. Within a week his portrait is back on the walls of the student hostels. Zinoviev knows who gave him this, and that he only had to ask once.
~ shift_left(6, Alliances)
~ shift_suspicion(8, FactionBan)
~ shift_right(-6, FactionBan)
~ shift_mantle(-3, FactionBan)
~ act2s_zinoviev += 8
-> frunze

= expulsion_fails
Short of two in three: Bukharin's friends and half the Control Commission will not do it. Trotsky keeps his seat, with a warning.
Zinoviev blames you for not whipping harder. Everyone else remembers that you tried.
~ shift_suspicion(6, FactionBan)
~ shift_right(-4, FactionBan)
~ act2s_zinoviev += 3
-> frunze

= frunze
On the twenty-sixth Frunze takes the commissariat: a real soldier, and the troika's choice.
In history: opposing Trotsky's expulsion, more than any distance from the literary discussion, earned Stalin the moderate's image.{s6_trotskys_fate.expel: Expulsion needed two-thirds of a joint plenum under the 1921 ban; it would plausibly have made Trotsky a martyr and Zinoviev the stronger partner.}{s6_trotskys_fate.gosplan: Trotsky got only minor economic posts later in 1925; a major one is a counterfactual that might have bound him in, or given him a platform.} # FACT: F049 F035 F079 F084
-> fourteenth_conference


// ─── 27–29 April 1925: the 14th Party Conference ────────────────────────────────────────────────
=== fourteenth_conference
The Fourteenth Party Conference: 178 voting delegates. # DATE: 27–29 April 1925 # PLACE: Moscow, the 14th Party Conference
Ten days ago Bukharin told the peasants to enrich themselves. Leningrad has quoted him ever since.
{
- s7_socialism_in_one_country.one_country:
    Zinoviev reports on the Comintern. The Central Committee has rewritten his theses, and he must read your formula aloud himself.
- s7_socialism_in_one_country.world_revolution:
    Zinoviev reports on the Comintern, and his theses stand as he wrote them: socialism can win only on an international scale.
- else:
    Zinoviev reports on the Comintern, from theses rewritten in Bukharin's phrases. Nobody asks whose committee did the rewriting.
}
~ motion_is(WithMajority, (), ())
~ temp adopted = vote("14th Party Conference", Conference, CONFERENCE_14, BY_CONSENSUS, 0)
{adopted: The troika still votes as one, in public.}
{
- s7_socialism_in_one_country.one_country:
    It is doctrine now, with your name on it. Zinoviev will spend the year explaining that he did not mean his vote.
    ~ shift_mantle(4, Doctrine)
- s7_socialism_in_one_country.world_revolution:
    Zinoviev leaves the hall a head taller, the party's doctrine in his pocket.
    ~ act2s_zinoviev += 3
- else:
    Bukharin is the party's theorist now. He thinks of you as the practical man who agrees with him.
    ~ shift_right(3, Alliances)
}
-> s8_partners


// ─── Autumn 1925: the troika breaks ─────────────────────────────────────────────────────────────
=== s8_partners
{short_run: -> short_s8_partners}
Autumn, and the troika no longer trusts itself. # DATE: October 1925 # PLACE: The Kremlin, the Politburo
All summer Leningrad has fought Bukharin's slogan in print. In September Zinoviev, Kamenev, Sokolnikov and Krupskaya sign a platform on the kulak danger.{s5_testament.challenge_provenance: Krupskaya has not spoken to you since you asked who typed her husband's letter.}
{not s6_trotskys_fate.expelled:
    ~ testament_denied = true
    The same month the Politburo makes Trotsky deny in print that Lenin left a testament.
}
"Koba, the kulak is eating NEP from the inside. Stand with us, and the Congress is a formality." # SPEAKER: Kamenev
"If you turn on the middle peasant, Rykov and Tomsky and I cannot follow you." # SPEAKER: Bukharin
{s6_trotskys_fate.keep_him: In January you refused Zinoviev Trotsky's head. He has not forgiven you.}
- (offer)
~ forum_ahead_is(Congress)
Two camps, each waiting for the General Secretary. # DECISION: s8_partners # TITLE: The troika breaks
* (with_right) [The party will not make war on the middle peasant #HISTORICAL]
    ~ stalin_bloc = WithRight
    From now on it is you and Bukharin: his ideas, your machine. All autumn the Secretariat makes sure every delegation but Leningrad knows where the Committee stands.
    Conviction or arithmetic? Bukharin believes it is conviction. You let him.
    ~ shift_right(10, Alliances)
    ~ shift_left(-12, Alliances)
    ~ shift_apparatus(2, Organisation)
* (with_troika) [Bukharin must take back "enrich yourselves". The troika holds]
    ~ stalin_bloc = WithTroika
    You tell Bukharin, kindly, that enrich yourselves was a mistake and that he must say so in print. He does.
    The troika holds. Its drafts for the Congress speak of the kulak danger and heavier taxes on the rich village. The Leningrad papers print your name beside Zinoviev's, a little below it.
    ~ shift_left(10, Alliances)
    ~ shift_right(-12, Alliances)
    ~ shift_mantle(-3, Flexibility)
    ~ act2s_zinoviev += 10
* (balance) [Never be the first to choose]
    ~ stalin_bloc = Balancing
    You tell Kamenev his figures need checking, Bukharin his slogan needs withdrawing, and both that the Central Committee will decide.
    Never be the first to choose: it has always worked. But this time each camp reads your silence as a verdict. Zinoviev decides you are against him; Bukharin, that you are not quite for him.
    ~ shift_left(-6, Flexibility)
    ~ shift_right(-3, Flexibility)
    ~ shift_suspicion(-3, Underestimated)
    ~ act2s_zinoviev += 4
- In history: Stalin sided with the Right, and Zinoviev's circle became the New Opposition. Deutscher saw opportunism; Kotkin, a Stalin who then shared the NEP consensus.{s8_partners.with_troika: Keeping the troika on Zinoviev's terms is a counterfactual that would plausibly have made Zinoviev the senior partner.}{s8_partners.balance: Refusing to choose would plausibly have left Stalin without a majority of his own.} # FACT: F050 F056 F063 F089
-> autumn_1925


// ─── 31 October 1925: Frunze ────────────────────────────────────────────────────────────────────
=== autumn_1925
Frunze, the War Commissar, has died at forty after an operation the Politburo pressed on him. # DATE: 31 October 1925 # PLACE: Moscow, the Botkin hospital
Rumours start; nothing is proved. The commissariat goes to Voroshilov, your friend from Tsaritsyn.
~ shift_army(10, Patronage)
-> fourteenth_congress


// ─── 18–31 December 1925: the 14th Congress ─────────────────────────────────────────────────────
=== fourteenth_congress
The Fourteenth Party Congress: 665 voting delegates in the Great Kremlin Palace. # DATE: 18–31 December 1925 # PLACE: Moscow, the 14th Party Congress # MILESTONE: fourteenth_congress
{
- stalin_bloc == WithTroika:
    -> troika
- stalin_bloc == Balancing:
    -> balancing
- else:
    -> with_right
}

= with_right
The political report is yours, for the first time. Zinoviev answers with his own, and Leningrad cheers him as one man. Then Kamenev:
"I have come to the conclusion that Comrade Stalin cannot perform the function of uniting the Bolshevik general staff." # SPEAKER: Kamenev
"Stalin! Stalin!" The hall is on its feet, the provincial secretaries first.{s5_testament.genuine_resignation: You remind them, briefly, that you once offered in earnest to go, and that Kamenev voted to keep you.}
{politburo ? Trotsky: Trotsky sits through it in silence. He will not lift a finger for the men who took his army.}
The Congress votes on the Central Committee's report.
~ motion_is(ForYou, (), (Zinoviev, Kamenev))
~ temp approved = vote("14th Congress", Congress, CONGRESS_14, for_you(Congress) + WITH_THE_RIGHT - act2s_zinoviev / 2, LENINGRAD_BLOC)
{approved: Leningrad votes against you as a bloc. The rest of the country does not.}
~ shift_apparatus(3, Votes)
~ shift_mantle(3, Votes)
-> january_1926

= troika
Zinoviev gives the political report: the kulak danger, the Comintern, the great Leningrad proletariat. You give the organisational report, and they applaud you as people applaud a good administrator.
Bukharin withdraws enrich yourselves once more, from the rostrum, to laughter. Rykov and Tomsky do not laugh.
The Congress votes on the political resolution.
~ motion_is(WithMajority, Zinoviev, ())
~ temp carried = vote("14th Congress", Congress, CONGRESS_14, BY_CONSENSUS, 0)
{carried: {votes_against > A_FEW_HANDS: It carries. {votes_against} delegates from the trade unions and Moscow vote against, and are noted.|It carries without a hand against it. Rykov and Tomsky raise theirs last.}}
The new Central Committee puts two Leningrad men into the Secretariat beside you. Zinoviev calls it collective leadership.
~ shift_left(4, Votes)
~ shift_apparatus(-6, Offices)
~ act2s_zinoviev += 4
-> troika_1926

= balancing
You give the political report, balancing every sentence: a word against the kulak for Leningrad, a word for the middle peasant for Bukharin. Zinoviev answers with a report of his own. Then Kamenev:
"I have come to the conclusion that Comrade Stalin cannot perform the function of uniting the Bolshevik general staff." # SPEAKER: Kamenev
The shouting starts, and then wavers. Bukharin's people are looking at Bukharin. Bukharin is looking at you.
The Congress votes on the Central Committee's report.
~ motion_is(ForYou, (), (Zinoviev, Kamenev))
~ temp survived = vote("14th Congress", Congress, CONGRESS_14, for_you(Congress) - NO_PARTNER - act2s_zinoviev / 2, LENINGRAD_BLOC)
{survived: -> balancing_won | -> balancing_lost}

= balancing_won
It carries, though not by the margin a General Secretary is used to. Everyone in the hall can do the subtraction.
You have won a Congress without a partner. Next year you will need one.
~ shift_apparatus(2, Votes)
~ shift_suspicion(3, Votes)
-> january_1926

= balancing_lost
The count goes against you. For a long moment nobody believes it. Then the Leningrad delegation begins to sing.
The new Central Committee is elected from lists drawn up in Smolny and in Kamenev's study. The Secretariat passes to other hands. You keep a seat on the Committee and are offered a commissariat far from the files.
In Leningrad they say Lenin's letter has been carried out at last.
In history: the 14th Congress backed the Central Committee by about 559 votes to 65; only Leningrad's delegation voted as a bloc for Zinoviev. With the Right and the provincial secretaries behind Stalin a defeat was never close; without Bukharin's camp, losing the Congress is a counterfactual historians treat as conceivable but unlikely. # FACT: F054 F047 F055
-> ending_fallen_early


// ─── January 1926: Leningrad and the table ──────────────────────────────────────────────────────
=== january_1926
{short_run: -> short_january_1926}
Then comes the part of politics that nobody votes on. # DATE: January 1926 # PLACE: Leningrad and Moscow
Kirov and Molotov take a trainload of Central Committee men to Leningrad and work cell by cell until it votes the other way. Zinoviev's men are posted to Siberia and Central Asia.
~ shift_apparatus(3, Purges)
~ shift_left(-6, Purges)
Kamenev is demoted to candidate of the Politburo, and Molotov, Kalinin and Voroshilov take full seats.
~ politburo -= Kamenev
~ candidates += Kamenev
~ politburo += (Molotov, Kalinin, Voroshilov)
~ candidates -= (Molotov, Kalinin)
~ shift_apparatus(2, Patronage)
Nine at the table now; without Bukharin, Rykov and Tomsky you have four.
-> united_opposition_forms


// ─── 6–9 April 1926: Zinoviev's bill (the troika kept) ─────────────────────────────────────────
=== troika_1926
A plenum of the new Central Committee. Spring comes late, and so does the bill. # DATE: 6–9 April 1926 # PLACE: The Kremlin, plenum of the Central Committee
Since January Zinoviev has behaved like a man who has won. Two of the secretaries in your own building telephone Smolny before they telephone you.
Now he finishes what he began at Kislovodsk in 1923. His motion: the Secretariat to become a collective body, and every provincial secretary's appointment to pass the Politburo first. Krupskaya speaks for it, quoting Ilyich's letter.
{
- s6_trotskys_fate.gosplan:
    Trotsky, up to his neck in Gosplan's work, hesitates. His friends split.
- politburo ? Trotsky:
    Trotsky will vote with Zinoviev, {s6_trotskys_fate.expel:though you both wanted him expelled|who wanted him expelled}, because it is a vote against you.
- else:
    Trotsky has no vote here any more. Zinoviev saw to that, and now misses it.
}
{right >= BUKHARIN_STILL_COMES: Bukharin, humiliated in December, still fears Zinoviev's war on the village more than he fears you. He comes to your office the night before.|Bukharin, humiliated in December, does not come to your office the night before.}
Uglanov, the Moscow secretary, moves to put the question off until the next Congress. If his motion fails, Zinoviev's carries.
~ temp support = for_you(Plenum) - act2s_zinoviev / 2
{s6_trotskys_fate.gosplan:
    ~ support += TROTSKY_BUSY
}
~ motion_is(ForYou, (), Zinoviev)
~ temp held = vote("CC plenum", Plenum, CC_1926, support, 0)
{held: -> troika_survives | -> troika_falls}

= troika_falls
Uglanov's motion falls, and Zinoviev's carries. He does not gloat: he is too pleased for that.
The Secretariat is a committee now, and the files on the provinces go to the Politburo first.
The party has a leader again, and he is not you.
In history: the troika broke in 1925, and Zinoviev was beaten at the 14th Congress; keeping it on his terms is a counterfactual. Zinoviev had tried to curb the Secretariat since the Kislovodsk meeting of 1923. # FACT: F050 F054 F074
-> ending_zinoviev_led

= troika_survives
Uglanov's motion carries. The Secretariat stays as the Congress left it, which means it stays yours.
Zinoviev has lost a vote in a Central Committee he thought he owned. He looks at you as if for the first time.
The plenum that saved you makes Molotov, Kalinin and Voroshilov full members of the Politburo. Bukharin gets his apology, in private, and takes it like a lifebelt from the man who pushed him in.
~ politburo += (Molotov, Kalinin, Voroshilov)
~ candidates -= (Molotov, Kalinin)
~ shift_right(8, Flexibility)
~ shift_left(-10, Alliances)
~ shift_apparatus(3, Votes)
-> united_opposition_forms


// ─── April 1926: the United Opposition ──────────────────────────────────────────────────────────
=== united_opposition_forms
{short_run: -> short_united_opposition_forms}
Your own people bring the news. # DATE: April 1926 # PLACE: Moscow
Zinoviev, Kamenev and Trotsky, who spent two years destroying each other, have joined forces. # MILESTONE: united_opposition
~ alliance = UnitedOpposition
{stalin_bloc == WithTroika: Zinoviev brings Leningrad, whole, and the Comintern.|Zinoviev brings what is left of Leningrad, and the Comintern.} Trotsky brings a programme: planned industry, a heavier tax on the rich village, democracy in the party.{s6_trotskys_fate.gosplan: He walks out of Gosplan to do it.}
In June Lashevich, a deputy War Commissar, meets oppositionists in a wood outside Moscow, with lookouts on the paths: a faction, with sentries.
-> s9_united_opposition


// ─── 14–23 July 1926: the joint plenum ──────────────────────────────────────────────────────────
=== s9_united_opposition
{short_run: -> short_s9_united_opposition}
July heat. The Opposition's declaration: the bureaucracy, the kulak, the worker's wage. # DATE: 14–23 July 1926 # PLACE: The Kremlin, joint plenum of the Central Committee and the Central Control Commission
Dzerzhinsky answers them, shaking with anger, and is dead of a heart attack by evening.
Lashevich's wood is on the table, with the ban on factions beside it.
"Finish it, Koba. But inside the party, and by the rules." # SPEAKER: Bukharin
- (offer)
~ forum_ahead_is(JointPlenum)
Molotov thinks the rules are for the party, not for its enemies. # DECISION: s9_united_opposition # TITLE: The United Opposition at the joint plenum
* (stages) [One step at a time. Zinoviev first #HISTORICAL]
    Lashevich loses his army post and his Central Committee seat, Zinoviev his seat on the Politburo.{politburo ? Trotsky: Trotsky keeps his, with a warning.}
    ~ politburo -= Zinoviev
    ~ politburo += Rudzutak
    ~ candidates -= Rudzutak
    Rudzutak, the quiet Latvian, takes Zinoviev's chair. Nobody is afraid of Rudzutak. That is the point.
    ~ shift_apparatus(2, FactionBan)
    ~ shift_suspicion(-3, Moderation)
    ~ shift_right(3, Moderation)
    -> stages_autumn
* (crackdown) [Molotov is right. The OGPU will find who was in the wood]
    You do not wait. The OGPU is asked who else was in Lashevich's wood. Over the following weeks some dozens of oppositionists are taken from their flats at night: the lookouts, a printer, students who copied the declaration.
    At the plenum you move to expel {politburo ? Trotsky:Zinoviev and Trotsky|Zinoviev} from the Central Committee. It needs two votes in three.
    ~ motion_is(ForYou, (), (Zinoviev, Trotsky))
    ~ temp count = vote("CC–CCC plenum", JointPlenum, JOINT_PLENUM, for_you(JointPlenum) - EXPULSION_RESTRAINT, 0)
    -> crackdown_result
* (reintegrate) [Let them keep their seats, if the faction goes]
    You send Rykov to Kamenev with terms: the faction dissolved, no more meetings in woods, and in return every seat kept, Zinoviev's included, with a commission where Trotsky can argue for his tempo of industry inside the rules.
    Zinoviev accepts first; he always does. Trotsky accepts last. The provincial secretaries, promised a heresy hunt, are told to stand down. Molotov grumbles to your face.
    ~ shift_suspicion(-8, Moderation)
    ~ shift_right(5, Moderation)
    ~ shift_left(6, Flexibility)
    ~ shift_apparatus(-5, Flexibility)
    -> reintegrate_autumn

= crackdown_result
{two_thirds(): Two hands in three, and more: off the Central Committee and the Politburo.|Not two in three. The Central Committee seats stay; the Politburo seats go.}
~ politburo -= Zinoviev
~ politburo += Rudzutak
~ candidates -= Rudzutak
{politburo ? Trotsky:
    ~ politburo -= Trotsky
    ~ trotsky_fate = OutOfPolitburo
    Trotsky's chair is empty before the summer is out. # MILESTONE: trotsky_out_of_politburo
}
Bukharin comes to see you afterwards, and does not sit down.
"Today it is Lashevich's people. Whose flat is it tomorrow?" # SPEAKER: Bukharin
Old Bolsheviks who sat in tsarist prisons with Zinoviev write to the Control Commission. So does Krupskaya. Rykov stops meeting your eye.
~ shift_suspicion(12, FactionBan)
~ shift_right(-8, Alliances)
In October the Opposition, half underground, signs no promises. On the eighteenth the New York Times prints Lenin's letter to the Congress in full, from a copy that reached Max Eastman. Too rude. Remove him. After the summer, readers find it easy to believe. # DATE: October 1926 # PLACE: Moscow
~ testament_in_open = true
~ shift_mantle(-6, TestamentBuried)
Kamenev loses his place at the Politburo table.
~ politburo -= Kamenev
~ candidates -= Kamenev
-> s9_history

= stages_autumn
{short_run: -> short_stages_autumn}
In October the Opposition takes its case to the factory cells, and at the Aviapribor works Trotsky and Zinoviev are shouted down. # DATE: October 1926 # PLACE: Moscow
{s4_enrolment.mass_intake: Many of the shouters joined in the Lenin Enrolment. They are not his.}{s4_enrolment.selective: Your narrow door of 1924 let in fewer new members than the Opposition feared; the shouting is thinner than you hoped.}{s4_enrolment.through_unions: Tomsky's union men, let in by their factory committees in 1924, are in the hall. Some of them do not shout.}
On the sixteenth the leaders sign a promise to end factional work. Two days later the New York Times prints Lenin's letter, through Max Eastman.{testament_denied: Last year Trotsky swore there was no such thing.}
~ testament_in_open = true
~ shift_mantle(-3, TestamentBuried)
{politburo ? Trotsky: Across the Politburo table,|In a letter to the Central Committee,} Trotsky calls you the gravedigger of the revolution.
{politburo ? Trotsky:
    The joint plenum meets and takes his seat on the Politburo. # DATE: 23 October 1926 # PLACE: The Kremlin, joint plenum of the Central Committee and the Central Control Commission # MILESTONE: trotsky_out_of_politburo
    ~ politburo -= Trotsky
    ~ trotsky_fate = OutOfPolitburo
}
{politburo ? Kamenev: Kamenev loses his seat at the table.|Kamenev loses his place as a candidate.} Zinoviev will soon lose the Comintern.
~ politburo -= Kamenev
~ candidates -= Kamenev
And you offer, once more, to resign. The plenum declines.{s5_testament.genuine_resignation: Once, in 1924, you meant it. This time nobody can tell.}
~ shift_mantle(3, Tactics)
-> s9_history

= reintegrate_autumn
The truce holds, more or less. In October the New York Times prints Lenin's letter to the Congress in full, from a copy that reached Max Eastman. Too rude. Remove him. The Opposition swears it had nothing to do with it. # DATE: October 1926 # PLACE: Moscow
~ testament_in_open = true
~ shift_mantle(-4, TestamentBuried)
{politburo ? Trotsky: Across the Politburo table, Trotsky calls you the gravedigger of the revolution. He is still sitting there the next week, and the week after.|In a letter to the Central Committee, Trotsky calls you the gravedigger of the revolution. He is outside the room, and still in the party.}
Zinoviev votes with you on the harvest and against you on everything else. Meetings run twice as long. Fewer enemies outside the room; more inside it.
~ shift_left(3, Moderation)
-> s9_history

= s9_history
In history: Stalin escalated in stages, each step invoking the ban on factions: Zinoviev out of the Politburo in July, Trotsky on 23 October 1926.{s9_united_opposition.crackdown: Arrests in 1926 would plausibly have alarmed Bukharin's group and the Old Bolsheviks sooner; in fact mass arrests of oppositionists came only after the expulsions of 1927.}{s9_united_opposition.reintegrate: A negotiated reintegration is a counterfactual: plausibly fewer enemies in 1926 and a longer fight later, with the Opposition still at the table when the crises of 1927 came.} # FACT: F057 F097 F084 F028 F018
-> fifteenth_conference


// ─── 26 October – 3 November 1926: the 15th Party Conference ────────────────────────────────────
=== fifteenth_conference
The Fifteenth Party Conference: 194 voting delegates. You report on the Opposition. # DATE: 26 October – 3 November 1926 # PLACE: Moscow, the 15th Party Conference
{
- s9_united_opposition.stages:
    You lay out their promises of 16 October like exhibits.
- s9_united_opposition.crackdown:
    You read them the 1921 resolution and the names from Lashevich's wood. The hall applauds. Here and there an Old Bolshevik keeps his hands on his knees.
- else:
    You report on a party that has healed itself. Zinoviev nods along. Trotsky does not.
}
~ temp support = BY_CONSENSUS
{s9_united_opposition.crackdown:
    ~ support = for_you(Conference)
}
{s9_united_opposition.stages or s9_united_opposition.crackdown:
    ~ motion_is(ForYou, (), (Trotsky, Zinoviev, Kamenev))
- else:
    ~ motion_is(WithMajority, (), ())
}
~ temp endorsed = vote("15th Party Conference", Conference, CONFERENCE_15, support, 0)
{
- s9_united_opposition.stages:
    The Opposition stands condemned, a fortnight after signing its promises.
    ~ shift_apparatus(2, Votes)
    ~ shift_mantle(3, Votes)
- s9_united_opposition.crackdown:
    It carries. Nobody who voted against will be elected to anything next year.
    ~ shift_apparatus(2, Votes)
- else:
    It carries. The provincial secretaries vote for peace as they would have voted for war.
    ~ shift_apparatus(2, Votes)
}
{politburo ? Trotsky: Trotsky still sits at the Politburo table, two chairs from you.|Trotsky's chair at the Politburo table is empty.} In the Secretariat the lists for next year's Congress are already drawn up.
-> stalin_act3
