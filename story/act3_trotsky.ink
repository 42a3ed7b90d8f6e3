// ═══════════════════════════════════════════════════════════════════════════════════════════════
// ACT III · TROTSKY · April 1927 – January 1929
// Historical frame: Chiang Kai-shek's Shanghai coup (Apr 1927), the ARCOS raid (12 May), Britain's
// break (late May) and Voikov's murder (7 Jun) make a war scare; Trotsky's "Clemenceau thesis" is used
// to brand the Opposition disloyal at the joint CC–CCC plenum (29 Jul–9 Aug), which ends in a last
// warning. The Platform (Sept) is refused publication and its clandestine press raided; Trotsky and
// Zinoviev are expelled from the CC (23 Oct) and, after the 7 Nov demonstrations, from the party
// (14 Nov); Joffe's suicide (16 Nov); the 15th Congress (2–19 Dec) expels Kamenev and 75 others,
// Zinoviev and Kamenev recant, Kuibyshev joins the Politburo; grain procurements collapse. Trotsky is
// carried out of his flat and exiled to Alma-Ata (17 Jan 1928) while Stalin tours Siberia; Stalin's
// "left turn"; the July 1928 plenum; the December ultimatum; the deportation order (20 Jan 1929).
// The ending knots take over from there (ending_trotsky_deported opens at Odessa, Feb 1929).
// Decision points (knot name = DECISION id): t10_war_scare, t12_platform, t11_alma_ata,
//   t11_deportation.
// Reads: the meters; alliance, testament_denied, testament_in_open, trotsky_holds_army, and politburo
//   (Trotsky may still have his seat if act 2's October 1926 vote failed).
// Writes: meters (through shift only), war_scare_used, trotsky_fate, grain_policy
//   (ExtraordinaryMeasures in Jan 1928, as in history; HigherPrices if the Right wins in July 1928),
//   politburo (Trotsky and Zinoviev out, Kuibyshev in), candidates (Kamenev out), trotsky_holds_army.
// Endings (endings.ink): ending_capitulation (seek readmission, and the July 1928 CC plenum accepts
//   it), ending_bukharin_nep (contact with the Right, and the Right carries the July 1928 plenum in
//   the open: rare), ending_trotsky_deported (everything else).
// No new globals: later text reads the labelled choices below.
// ═══════════════════════════════════════════════════════════════════════════════════════════════

=== trotsky_act3
-> t10_war_scare


// ─── Spring–summer 1927: China, the war scare, and the Clemenceau thesis ──────────────────────────
=== t10_war_scare
{short_run: -> short_t10_war_scare}
High summer. The Central Control Commission wants an answer in writing. # DATE: July 1927 # PLACE: Moscow, before the Central Control Commission # ACT: Act III — Expulsion and Exile
{ trotsky_holds_army:
    You still sign orders as War Commissar. In May, with war in every headline, the Politburo relieves you "in view of the international situation", and Voroshilov moves into your office.
    ~ trotsky_holds_army = false
    ~ shift_army(-10, Offices)
}
{
- politburo ? Trotsky:
    You still have a chair at the Politburo table, the last one the Opposition holds. Everyone at the table is waiting for you to lose it.
- alliance == NoAlliance:
    You lost your Politburo seat last autumn, alone. Now the beaten men of Zinoviev's Leningrad have started coming to your door.
- else:
    Zinoviev and Kamenev, who called you Bonaparte in 1924, sit in your study and drink your tea.
}
In April Chiang Kai-shek's troops shot down the Shanghai Communists who had opened the city to them; Moscow, on Stalin's and Bukharin's line, had told them to trust him. In May Britain broke off relations; in June the Soviet envoy in Warsaw was shot dead.
Pravda writes of war, and peasants hold on to their grain. The quarrel over the tempo of industry is about guns now: a country with enemies, you have said for years, needs factories faster than the snail's pace. Stalin's lesson is different: it cannot afford an opposition.
"If war comes, will the Opposition defend the Soviet Union? Unconditionally, Lev Davidovich. Under this Central Committee." # SPEAKER: Ordzhonikidze
{alliance == NoAlliance:
    "Give them their yes, and fight about China afterwards. It isn't a question. It's a trap." # SPEAKER: Radek
- else:
    "Give them their yes, and fight about China afterwards. It isn't a question. It's a trap." # SPEAKER: Zinoviev
}
- (offer)
The report from Shanghai lies on your desk. # DECISION: t10_war_scare # TITLE: The war scare
* (clemenceau) [Yes. And remember Clemenceau #HISTORICAL]
    Yes, you write, the Opposition will defend the Soviet Union. Then history: in 1917 Clemenceau attacked a wavering French government, took its place and fought the war harder.
    It is a good argument. Within a week the factory cells hear that Trotsky plans a wartime coup.
    ~ war_scare_used = true
    ~ shift_mantle(-6, Misrepresentation)
    ~ shift_suspicion(8, Tactics)
    ~ shift_right(-4, NationalPride)
    ~ shift_left(4, RadicalMood)
    In history: the Clemenceau analogy, read as a threat of a wartime coup, became the main charge at the joint plenum of 29 July–9 August 1927. # FACT: F070 F061 F084
* (truce) [Yes, without conditions, and a truce while the danger lasts]
    You give Ordzhonikidze his yes, without conditions, and add an offer: while the danger lasts, the Opposition will hold no meetings and print nothing.
    Ordzhonikidze reads it twice and looks relieved. Stalin does not: a truce is not a surrender, and it gives him nothing to quote. Pravda prints your pledge on an inside page, in small type.
    Your young supporters are furious. They put China in their leaflets in April; now you have put the leaflets in a drawer.
    ~ shift_suspicion(-6, Underestimated)
    ~ shift_right(5, NationalPride)
    ~ shift_left(-7, Personality)
    In history: the Opposition offered no truce. The war scare was a weapon Stalin used against the Left in 1927 and the Right in 1928; a truce would plausibly have taken it out of his hands for a time, but not the 1921 ban on factions, which the majority could invoke whenever it chose. # FACT: F070 F084 F096
* (china) [The best defence is the truth about China]
    You answer that the best defence of the Soviet Union is the truth about China, and you tell it in every room that will still let you in. The Chinese Communists were told to trust Chiang. Chiang used the time to prepare their murder. Who wrote those instructions?
    In July the left wing of the Kuomintang turns on the Communists too. Every word you said in May comes true.
    Being right is not the same as being forgiven. Bukharin calls you a panic-monger. Stalin asks, in print, whose side you are on while the country waits for war.
    ~ war_scare_used = true
    ~ shift_left(8, RadicalMood)
    ~ shift_mantle(3, Doctrine)
    ~ shift_suspicion(10, FactionBan)
    ~ shift_right(-6, NationalPride)
    In history: the Opposition did attack the China policy throughout 1927, and the massacres of that spring and summer bore out much of its criticism. But in a war scare every attack could be presented as disloyalty; making China the whole case would plausibly have sharpened that charge, not blunted it. # FACT: F070 F026 F061
- (plenum)
The joint plenum moves to expel {alliance == NoAlliance: you|you and Zinoviev} from the Central Committee.
{ politburo ? Trotsky:
    First they take your chair at the Politburo table, in one vote, as a thing already decided.
    ~ politburo -= Trotsky
    ~ trotsky_fate = OutOfPolitburo
}
{
- t10_war_scare.truce:
    With no Clemenceau to quote, the majority falls back on the ban on factions, and the hall is bored.
- t10_war_scare.clemenceau:
    Speaker after speaker quotes Clemenceau back at you.
- else:
    Speaker after speaker asks why the Opposition chose a war scare to wash the party's linen in front of the world.
}
On 8 August you sign a statement: the Opposition will defend the Soviet Union and break up its faction. Nobody believes the second half. The plenum settles for a last warning.
-> t12_platform


// ─── September–December 1927: the Platform, the expulsions, the 15th Congress ─────────────────────
=== t12_platform
{short_run: -> short_t12_platform}
All summer the Opposition has been writing. # DATE: September 1927 # PLACE: Moscow
The Platform, written for the December Congress, asks for a real plan and faster industry, paid for by NEPmen and the richest peasants, and machines for poor peasants who choose to farm together. Your enemies will call it war on the village.
- (offer)
~ forum_ahead_is(JointPlenum)
On 8 September the Politburo refuses to publish it. Your younger comrades have a duplicator and a great deal of paper. # DECISION: t12_platform # TITLE: The Platform and the 15th Congress
* (clandestine) [Print it ourselves, and take it to the streets #HISTORICAL]
    In mid-September the OGPU finds the press, arrests Mrachkovsky, a Civil War hero, and announces that a former White officer was involved: its own informer.
    The copies go out anyway, retyped by hand, and in the evenings you speak in workers' flats packed to the door.
    ~ shift_left(8, RadicalMood)
    ~ shift_suspicion(10, FactionBan)
    ~ shift_mantle(-3, Misrepresentation)
    ~ shift_apparatus(-5, Purges)
    In history: the press was raided in September 1927. The Platform proposed neither abolishing NEP nor forced collectivisation. # FACT: F027 F043 F060 F061
* (scissors) [Rewrite it for the peasant who cannot afford a plough]
    You cut. Less about the kulak; more about the ordinary peasant whose grain fetches so little that he cannot buy a plough. Your version closes the scissors: more and cheaper goods for the village, paid for by a better-planned industry.
    You submit it properly, to the Central Committee. It is refused like the first. But Rykov's economists read it, and so do officials in Gosplan who have never voted for you in their lives.
    Your young comrades call it Bukharin's programme with Trotsky's signature. Some print the old Platform anyway; in mid-September the OGPU finds their press, and the papers put your name beside it.
    ~ shift_right(8, Flexibility)
    ~ shift_suspicion(-4, Moderation)
    ~ shift_left(-6, RadicalMood)
    In history: the Opposition did not soften its Platform. A peasant-friendly version would plausibly have won a hearing among NEP-minded officials, and it was close to where Trotsky had started: Carr shows that he proposed a tax in kind in 1920, a year before NEP. # FACT: F027 F046 F060
* (bukharin) [Bukharin fears a quarrel with the village. Go and see him]
    You call on him late in the evening, as you might have done in 1918. He pours tea and does not look at the door. Your offer: the Opposition stops attacking the peasant policy; the Right insists on free discussion before the Congress, and no more expulsions.
    "You want me to make a bloc with you behind Koba's back. Do you know what he would call it? Do you know what he would do with it?" # SPEAKER: Bukharin
    He refuses. But he says nothing to Stalin about the visit. It may be the first secret he has ever kept from him.
    Meanwhile your young comrades print the Platform, and in mid-September the OGPU finds their press.
    ~ shift_right(8, Alliances)
    ~ shift_left(-6, Alliances)
    ~ shift_suspicion(3, Tactics)
    In history: No such approach was made; in 1927 Bukharin was Stalin's partner and the Opposition's sharpest critic, so this branch is speculation with no firm historical grounding. Only in 1928 did Bukharin turn against Stalin, and even then he dreaded being accused of a bloc with Trotsky. # FACT: F027 F056 F060
- -> october

= october
The Kremlin: the joint plenum, for the last time with you in the room. # DATE: 23 October 1927 # PLACE: The Kremlin, joint plenum of the Central Committee and the Central Control Commission
You speak through whistles and shouts. Then Stalin reads Lenin's letter aloud{testament_in_open:, since the whole world has read it anyway}, and answers it.
"Yes, comrades, I am rude to those who grossly and perfidiously wreck and split the party." # SPEAKER: Stalin
{testament_denied: Then he reads your statement of 1925 that Lenin left no testament. The hall laughs.}
The plenum expels {alliance == NoAlliance: you|you and Zinoviev} from the Central Committee.
~ politburo -= Trotsky
{ alliance != NoAlliance:
    ~ politburo -= Zinoviev
}
-> november

= november
The tenth anniversary of October. # DATE: 7 November 1927 # PLACE: Moscow, the anniversary parades
{
- t12_platform.clandestine:
    Your people march in the official columns with banners of their own: "Carry out Lenin's testament!" "Fire to the right: against the kulak, the NEPman and the bureaucrat!" On a balcony over Okhotny Ryad, Smilga and Preobrazhensky greet them until squads tear the banners down.
    Stalin has what he needs: the Opposition in the streets, on the party's own holiday.
- else:
    You stay off the streets. A few hundred of your younger followers go anyway, and the squads are waiting. It is enough: the papers report an Opposition demonstration, with your name at its head.
}
A week later the joint plenum votes on a motion to expel {alliance == NoAlliance: Trotsky|Trotsky and Zinoviev} from the party.
~ temp expel = against_you(JointPlenum)
{ t12_platform.clandestine:
    ~ expel += STREETS_ON_THE_HOLIDAY
}
{ t10_war_scare.truce:
    ~ expel -= WAR_TRUCE_KEPT
}
~ motion_is(AgainstYou, Stalin, (Trotsky, Zinoviev))
~ temp expelled = vote("Joint CC–CCC plenum", JointPlenum, JOINT_PLENUM, expel, 0)
{
- expelled:
    ~ trotsky_fate = ExpelledFromParty
    On 14 November you are expelled from the party you led to power{alliance != NoAlliance:, and Zinoviev with you}. # MILESTONE: opposition_expelled
    {votes_against > A_FEW_HANDS: Only {votes_against} hands against, and you know most of the names.|{votes_against > 0: Hardly a hand is raised against it.}} You leave the Kremlin for a borrowed flat on Granovsky Street.
- else:
    For once the arithmetic fails Stalin: too many members balk at expelling the men of October a month before a Congress, and your case is sent to the Congress instead. Nobody mistakes it for a reprieve. You leave the Kremlin all the same, for a borrowed flat on Granovsky Street.
}
On 16 November your friend Adolf Joffe, ill and refused treatment abroad, shoots himself. His last letter says you were right, but too often gave way. Your words at his grave are your last public speech in the Soviet Union.
-> congress

= congress
The 15th Party Congress: nearly nine hundred voting delegates, chosen while your supporters were being expelled. # DATE: 2–19 December 1927 # PLACE: Moscow, the 15th Party Congress
Kamenev and Rakovsky speak for the Opposition through a storm of heckling. They are not silenced; they are drowned.
{ trotsky_fate != ExpelledFromParty:
    ~ trotsky_fate = ExpelledFromParty
    The Congress finishes what the plenum would not: your name goes into the resolution with the rest. # MILESTONE: opposition_expelled
}
The Congress declares the Opposition's views incompatible with membership of the party, and expels Kamenev and seventy-five others. # MILESTONE: fifteenth_congress
~ candidates -= Kamenev
Within days Zinoviev and Kamenev recant. Your own people, Rakovsky, Radek, Smilga, Preobrazhensky, refuse. For now.
{ alliance != NoAlliance:
    ~ shift_left(-8, Alliances)
}
~ politburo += Kuibyshev
Kuibyshev joins the Politburo; Stalin offers once again to resign, and is refused.
And the grain does not come: in November and December the state buys barely half of what it bought a year before. Prices are low, the village shops empty; the peasants are not selling. # MILESTONE: grain_crisis
In history: Zinoviev and Kamenev were readmitted in June 1928. The winter's crisis was a collapse of procurements, not a famine. # FACT: F059 F062 F018 F064 F117
-> t11_alma_ata


// ─── 1928: exile to Alma-Ata, and Stalin's left turn ─────────────────────────────────────────────
=== t11_alma_ata
{short_run: -> short_t11_alma_ata}
Granovsky Street, a flat full of crates. The OGPU has ordered you into exile at Alma-Ata, in Kazakhstan. # DATE: 17 January 1928 # PLACE: Moscow, Granovsky Street
Yesterday thousands filled the station and would not let your train go. Today agents break down the door and, when you refuse to walk, carry you down the stairs, while your son Lyova shouts to the workmen to look how they are carrying Trotsky.
Late in January, by rail and then over the snow, you reach Alma-Ata: orchards under the mountains, near the Chinese border. # MILESTONE: trotsky_to_alma_ata
~ trotsky_fate = InternalExile
Stalin has gone east too, to Siberia: try the kulaks as speculators, he tells the officials, seize their grain, give the poor a share.
~ grain_policy = ExtraordinaryMeasures
Your comrades in exile say Stalin has stolen the Platform. Not the Platform, you answer: it never asked for courts and requisitions. He has taken your slogans and added a policeman's methods.{t12_platform.scissors: Your peasant version he has not touched: it asked for ploughs and fair prices, not prosecutors.}{t12_platform.bukharin: And somewhere in Moscow Bukharin is still keeping the secret of your visit in September.}
Summer. # DATE: June 1928 # PLACE: Alma-Ata
Pyatakov has made his peace; Zinoviev and Kamenev have their party cards back. Radek writes from his own exile that the turn is real, and should be met halfway.
In June your younger daughter Nina dies of tuberculosis in Moscow. Her last letter reaches you weeks after her death.
- (offer)
~ forum_ahead_is(Plenum)
And a rumour: Bukharin has protested to Stalin, and the Right means to fight at the July plenum. # DECISION: t11_alma_ata # TITLE: Exile to Alma-Ata
* (keep_directing) [No truce with the apparatus. Hold on, and write #HISTORICAL #NO_VOTE]
    You write hundreds of letters to the exiles in Siberia and the Urals: a turn made with police methods is not our turn. Hold on.
    In July Stalin retreats before the Right, and tells the same plenum that the peasants must pay a tribute for industry. A zigzag, you write.
    In October your letters stop arriving. On 16 December an OGPU official, Volynsky, brings an ultimatum: stop directing the Opposition, or be isolated from political life. Only a corrupt bureaucracy could demand it, you answer, and only a renegade accept it.
    ~ shift_mantle(4, Personality)
    ~ shift_left(-5, Flexibility)
    ~ shift_suspicion(6, Tactics)
    In history: this was Trotsky's answer of December 1928. Stalin's turn drew many of his followers into capitulation in 1929. # FACT: F062 F063 F067
    -> t11_deportation
* (seek_readmission) [The turn proves us right. Ask to be taken back]
    You write to the Central Committee. The party has taken up, late and clumsily, the course the Opposition proposed. What differences remain can be argued inside. You ask to be readmitted, and accept its discipline.
    "They will want more than that. They always want more." # SPEAKER: Natalia Sedova
    She is right. Yaroslavsky's answer comes back: you must also condemn "Trotskyism" as an anti-Leninist deviation, and call on your followers to lay down their arms. You write that too.
    ~ shift_left(-10, Flexibility)
    ~ shift_suspicion(-8, Flexibility)
    ~ shift_mantle(-6, Misrepresentation)
    In July the Central Committee takes up your case. The motion: to readmit you.
    // A recantation is worth more to Stalin than an exile (as with Zinoviev and Kamenev in June 1928);
    // but Trotsky's standing with the Committee is what is left of it.
    ~ temp readmit = for_you(Plenum) + RECANTATION_USEFUL
    { t10_war_scare.truce:
        ~ readmit += WAR_TRUCE_KEPT
    }
    { t12_platform.clandestine:
        ~ readmit -= STREETS_ON_THE_HOLIDAY
    }
    ~ motion_is(ForYou, (), ())
    ~ temp readmitted = vote("CC plenum", Plenum, CC_1928, readmit, 0)
    {
    - readmitted:
        Stalin does not speak in the debate. He does not need to. A Trotsky who recants is worth more to him than a Trotsky in exile: proof, in your own hand, that the party was always right.
        In history: Trotsky never recanted. Zinoviev and Kamenev were readmitted in June 1928, and Radek, Preobrazhensky and Smilga capitulated in 1929. Readmission kept them in the party, but it did not keep them safe: Zinoviev and Kamenev were tried and shot in 1936 (Conquest). # FACT: F062
        -> ending_capitulation
    - else:
        The plenum will not have it. "A manoeuvre," says Yaroslavsky. Pravda prints extracts from your letter, with commentary. Some of your followers recant with you; the rest cut you dead. You have given Stalin your signature and received nothing for it.
        ~ shift_left(-6, Misrepresentation)
        In history: Trotsky never recanted. Stalin accepted the surrender of many Oppositionists in 1928–29, but their leader was another matter: a recantation refused would plausibly have cost Trotsky his followers and left him in exile all the same. Submitting made nobody safe. # FACT: F062
        -> t11_deportation
    }
* (right_contact) [Send word to Bukharin, through Kamenev]
    Bukharin fears exactly this. So does Stalin, which is one reason to do it.
    Through Kamenev, back in the party, a message reaches Bukharin. The Left in exile will not support a turn carried out by policemen. If the Right takes its quarrel into the open, for prices and goods instead of courts, and for an end to persecution in the party, the Left will not stand in its way. The price: the exiles come home.
    {t12_platform.bukharin: Bukharin will remember a late evening in September, and a cup of tea he never finished.}
    ~ shift_right(6, Alliances)
    ~ shift_left(-5, Alliances)
    ~ shift_suspicion(4, Tactics)
    In July the Central Committee meets. Bukharin, Rykov and Tomsky must decide whether to fight in the open. Rykov has a resolution ready: fair prices for grain, goods for the village, no return to the extraordinary measures.
    // Rykov's motion is the Right's, not Trotsky's: it leans on the Right's own weight in the Committee
    // (Cohen: perhaps a Politburo majority for a moment, with Kalinin and Voroshilov wavering), moved a
    // little by what the exile's contact is worth to them.
    ~ temp nep = RIGHT_IN_THE_OPEN + MIN(RIGHT_SWAY, MAX(0 - RIGHT_SWAY, (right - RIGHT_NEUTRAL_1928) / 2)) + MIN(MANTLE_SWAY, MAX(0 - MANTLE_SWAY, (mantle - MANTLE_NEUTRAL) / 3))
    { t12_platform.bukharin:
        ~ nep += BUKHARIN_REMEMBERS
    }
    { t12_platform.scissors:
        ~ nep += SCISSORS_PLATFORM
    }
    { t10_war_scare.truce:
        ~ nep += WAR_TRUCE_KEPT
    }
    { war_scare_used:
        ~ nep -= WAR_SCARE_USED_AGAINST
    }
    ~ motion_is(WithMajority, (Rykov, Bukharin, Tomsky), ())
    ~ temp nep_carried = vote("CC plenum", Plenum, CC_1928, nep, 0)
    {
    - nep_carried:
        ~ grain_policy = HigherPrices
        They fight in the open, and Kalinin and Voroshilov hold. Rykov's resolution carries. The cases of the exiles are to be reviewed, one day, when things are calmer.
        In history: the Right never took its fight into the open. Stalin retreated tactically in July 1928, and the Right was condemned in November 1928 and crushed in April 1929. Historians following Cohen argue that it may briefly have had a majority, with Kalinin and Voroshilov wavering; Kotkin notes that Stalin knew of Bukharin's soundings and gave ground to keep his own. # FACT: F068 F071 F088
        -> ending_bukharin_nep
    - else:
        Kalinin and Voroshilov waver, and then vote with Stalin. He takes the Right's prices as his own, repeals the extraordinary measures for now, and keeps his majority. On 11 July Bukharin goes to Kamenev in secret and calls Stalin a Genghis Khan who will destroy them all.
        In January your friends in Moscow circulate Kamenev's notes of that talk, and your message is in them. Stalin has his proof of a bloc between the Right and the Trotskyists, and Lenin's ban on factions of 1921 to use against them both.
        ~ shift_right(-10, Tactics)
        ~ shift_suspicion(8, Tactics)
        In history: the Right kept its quarrel behind closed doors; Stalin gave ground in July 1928 and condemned a "right deviation" in November. In January 1929 Trotskyists circulated Kamenev's notes of Bukharin's visit, and Stalin used them as proof of factional contacts. A tactical contact with the Left would plausibly have hardened his case against both. # FACT: F068 F071 F088
        -> t11_deportation
    }


// ─── January 1929: the deportation order ────────────────────────────────────────────────────────
=== t11_deportation
{short_run: -> short_t11_deportation}
Alma-Ata under deep snow. # DATE: 20 January 1929 # PLACE: Alma-Ata
{
- t11_alma_ata.keep_directing:
    Volynsky has waited in town a month for instructions.
- t11_alma_ata.seek_readmission:
    Your recantation is in Pravda with commentary, and the guards outside the house have doubled.
- else:
    In the Politburo Stalin speaks of a bloc of the Right with the Trotskyists. Bukharin, your friend and then your enemy, is now your accomplice.
}
He comes with armed men at every door and hands you a ruling of the OGPU: for organising an illegal anti-Soviet party, you are to be deported from the Soviet Union. To where, nobody will say. All you can choose is how you go. # DECISION: t11_deportation # TITLE: The deportation order
* (go_and_write) [Under protest. Pack the archive #HISTORICAL]
    ~ trotsky_departure = UnderProtest
    You sign only to record your protest. Abroad you will have a typewriter, publishers, and the whole world to write to. It is not nothing. It is not the party.
    ~ shift_mantle(4, Personality)
    ~ shift_left(-4, AtTheCentre)
* (carried) [Let them carry me, as they did in Moscow]
    ~ trotsky_departure = CarriedOut
    You will not walk into exile. So they carry you again, past Natalia and the crates, out into the snow. It changes nothing about the journey. It changes a little what the guards will remember.
    ~ shift_mantle(3, Personality)
    ~ shift_suspicion(3, Personality)
* (appeal) [Telegraph the party, over the OGPU's head]
    ~ trotsky_departure = AppealedToParty
    You telegraph the Central Committee and the Comintern: the party, not the police, must decide the fate of a man who led the October rising. The telegram goes into the same machine as everything else. The only answer is the convoy at the door.
    ~ shift_left(-3, Centralism)
    ~ shift_mantle(2, Discipleship)
- (departure)
On 22 January the convoy takes you over the mountain pass through deep snow, while Moscow looks for a country that will take you. # MILESTONE: trotsky_deported
~ trotsky_fate = Deported
In history: the ruling of 18 January 1929 was carried out; he protested in writing, and reached Istanbul by way of Odessa on 12 February.{t11_deportation.carried: He had been carried out of his Moscow flat in January 1928; this time he went under protest.}{t11_deportation.appeal: He had already appealed to the CC and the Comintern in December 1928; a last appeal would plausibly have changed nothing once the Politburo had decided.} # FACT: F062
-> ending_trotsky_deported
