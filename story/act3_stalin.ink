// ═══════════════════════════════════════════════════════════════════════════════════════════════
// ACT III · STALIN · April 1927 – December 1929
// Historical frame: the war scare of 1927 (Chiang's Shanghai coup, Apr; the ARCOS raid, 12 May; the
// break with Britain, late May; Voikov murdered in Warsaw, 7 Jun); Trotsky's "Clemenceau thesis"
// (Jul); the Opposition's Platform refused publication and its press raided (Sept); Trotsky and
// Zinoviev expelled from the CC (23 Oct; Stalin's "The Trotskyist Opposition Before and Now") and,
// after the 7 Nov banners, from the party (joint CC–CCC, mid-Nov). The 15th Congress (2–19 Dec
// 1927): opposition views incompatible with membership, Kamenev and 75 others expelled, Kamenev and
// Rakovsky heckled; Stalin's resignation offer refused (19 Dec); Kuibyshev into the Politburo.
// Trotsky to Alma-Ata (Jan 1928; mentioned only). The procurement crisis (not a famine, F117) and
// Stalin's Siberian trip (mid-Jan–early Feb 1928; Article 107; Zagumyonny's warning). Shakhty
// (Mar–Jul 1928). The Right: the July 1928 plenum's retreat and the "tribute" speech; Bukharin and
// Kamenev (11 Jul); "Notes of an Economist" (30 Sept); Uglanov's Moscow committee purged (Oct–Nov);
// the "right deviation" (Nov plenum); the leaked notes (Jan 1929); Trotsky deported (Feb 1929;
// mentioned only); the joint CC–CCC plenum of 16–23 Apr 1929. The 16th Party Conference (23–29 Apr
// 1929) and the optimal Five-Year Plan; "The Year of the Great Break" (7 Nov); Bukharin out of the
// Politburo (17 Nov); the fiftieth birthday (21 Dec); "liquidation of the kulaks as a class" (27 Dec).
// No congress met in 1928 (F071): the Right is fought at CC plenums and the Party Conference.
//
// Knots: stalin_act3 (entry, Apr–Jul 1927), s9_expulsions, act3s_fifteenth_congress, s10_grain_crisis,
//   act3s_shakhty, s11_the_right, s12_great_break. Decision points (knot name = DECISION id):
//   s9_expulsions, s10_grain_crisis, s11_the_right, s12_great_break.
// Reads: the six meters; from act 2: stalin_bloc, trotsky_fate, testament_in_open, trotsky_holds_army;
//   read counts of this act's labelled choices and stitches.
// Writes: meters (shift / shift_between only), politburo, candidates, trotsky_fate
//   (ExpelledFromParty, InternalExile, Deported), trotsky_holds_army (false once he is expelled or
//   disciplined), war_scare_used, grain_policy, right_defeated.
// Endings: ending_stalin_supreme — s12 maximal (history), and also s12 lower_plan, s12
//   squeeze_kulaks and s12_great_break.line_breaks (Stalin supreme on a different course: read those
//   labels). ending_bukharin_nep — s11_the_right.compromise_holds (Apr 1929 joint plenum: Rykov's
//   motion to keep the July bargain carries), s11_the_right.checked (Jul 1928 plenum: the attack on
//   the Right fails), s12_great_break.nep_holds (Nov 1929 plenum: the voluntary course holds).
//   The historical votes (Nov 1927 expulsion, 15th Congress, 19 Dec 1927, Apr 1929, 16th Conference)
//   always carry; their margins move with the meters. Random runs reaching act 3: about 28% end in
//   bukharin_nep (s11 compromise holds about a third of the time, more with HigherPrices; the July
//   attack fails about a quarter of the time; the voluntary course of 1929 holds about 40%).
// Milestones (historical order): opposition_expelled, fifteenth_congress, grain_crisis,
//   right_defeated, great_break. trotsky_to_alma_ata and trotsky_deported are mentioned, never tagged.
// No new globals. Famine and repression carry no meter shifts.
// ═══════════════════════════════════════════════════════════════════════════════════════════════

=== stalin_act3
{short_run: -> short_stalin_act3}
From Shanghai, by wire: Chiang Kai-shek's troops have turned on the Communists and unions who rose to hand him the city. The dead are counted in thousands. # DATE: April 1927 # PLACE: Moscow, the Kremlin # ACT: Act III — The Great Break
The China line was yours{stalin_bloc == WithRight: and Bukharin's}. Trotsky says so, in print.
In May Britain breaks off relations after a police raid on the Soviet trade mission; in June a White émigré shoots the Soviet envoy in Warsaw.
Pravda writes of war. Do you believe it? Some of it. All of it is useful: a country that may have to fight needs steel faster than Bukharin's snail's pace, and cannot afford an opposition.
In July Trotsky recalls Clemenceau, who attacked a failing French government in wartime and took its place. Your people print it as a promise of a coup with the enemy at the gates.
{trotsky_fate == InParty: He says it at the Politburo table, where he still sits, two chairs from you.}{trotsky_holds_army: And he still holds the War Commissariat.}
{not testament_in_open: The Opposition talks of a letter of Lenin's that the party has never printed. Everyone knows which.}
{
- stalin_bloc == WithRight:
    Bukharin stands beside you, angrier than you are.
- stalin_bloc == WithTroika:
    Zinoviev and Kamenev stood by you longer than anyone expected. Now they stand with Trotsky, and they know every secret the troika kept.
- else:
    For two years you kept the Right and the Left guessing. The Left has chosen. The Right needs you more than ever.
}
-> s9_expulsions


// ─── September 1927: the Platform, the press, the expulsions ────────────────────────────────────
=== s9_expulsions
{short_run: -> short_s9_expulsions}
The Opposition's Platform asks for faster industry, a heavy tax on the richest peasants, democracy in the party. The Politburo refuses to print it. # DATE: September 1927 # PLACE: The Kremlin, the Politburo
So they print it on a hidden press. The OGPU raids it and reports a former White officer among the printers; he is its own agent.
"Expel them. Now, before the Congress." # SPEAKER: Molotov
"By the rules, Koba. Every step voted, in the open. Then nobody can say it was you." # SPEAKER: Bukharin
- (offer)
~ forum_ahead_is(JointPlenum)
The table waits. # DECISION: s9_expulsions # TITLE: The Platform and the expulsions
* (in_stages) [By the rules, step by step. The war will do the talking #HISTORICAL]
    ~ war_scare_used = true
    On 23 October Trotsky speaks to the joint plenum through a storm of shouting. Then you take the rostrum.
    They quote Lenin's letter at you, so you read it yourself{stalin_offered_to_go() >= 2:, and remind them that you asked to be released and they refused|{stalin_offered_to_go() == 1:, and remind them that you once asked to be released and they refused}}.
    "Yes, comrades, I am rude to those who grossly and perfidiously wreck and split the party." # SPEAKER: Stalin
    The plenum strips Trotsky and Zinoviev of their Central Committee seats. On 7 November, the tenth anniversary of October, squads tear the Opposition's banners down in the street. A week later a joint session votes to expel them from the party.
    ~ motion_is(ForYou, (), (Trotsky, Zinoviev, Kamenev))
    ~ vote("Joint CC–CCC plenum", JointPlenum, JOINT_PLENUM, MAX(HISTORY_HOLDS, for_you(JointPlenum) + WAR_SCARE_RALLIES), 0)
    Trotsky and Zinoviev are no longer members of the party that made October. # MILESTONE: opposition_expelled
    ~ trotsky_fate = ExpelledFromParty
    ~ politburo -= (Trotsky, Zinoviev, Kamenev)
    ~ candidates -= (Trotsky, Zinoviev, Kamenev)
    ~ shift_apparatus(6, FactionBan)
    ~ shift_mantle(4, Misrepresentation)
    ~ shift_left(-5, FactionBan)
    ~ shift_suspicion(4, Personality)
    -> history
* (arrests) [Arrest them now, while the war lasts in the papers]
    ~ war_scare_used = true
    You do not wait. The OGPU takes the printers, then the men who bought the paper, then the students who carried the Platform from cell to cell.
    To the October plenum you move that Trotsky and Zinoviev be expelled from the party at once and sent out of Moscow under escort. War may come within months, you say, and they have told us what they would do in a war.
    Bukharin goes pale. Arresting men who sat at Lenin's table is not the same as outvoting them, and every Old Bolshevik in the hall is counting the tables he has sat at.
    ~ shift_right(-8, CivilWarMethods)
    ~ shift_suspicion(8, CivilWarMethods)
    // Arrests alarm the Right and the Old Bolsheviks (FACTBASE S9): the war scare does not cover them.
    ~ temp sanctioned_support = for_you(JointPlenum) - ARRESTS_ALARM
    {trotsky_holds_army:
        ~ sanctioned_support -= STILL_COMMISSAR
    }
    ~ motion_is(ForYou, (), (Trotsky, Zinoviev))
    ~ temp sanctioned = vote("Joint CC–CCC plenum", JointPlenum, JOINT_PLENUM, sanctioned_support, 0)
    {sanctioned: -> arrests_sanctioned | -> arrests_refused}
* (discipline) [Outside the party a man is a banner. Keep them in, and bound]
    You want them beaten, not martyred. Outside the party a man is a banner. Inside it he is a member, and members obey.
    Your terms: the faction dissolved, the press handed over, the Clemenceau thesis withdrawn in writing. In return they keep their party cards.
    Zinoviev signs within a day. Trotsky takes a week, and adds a paragraph saying he was right all along. Molotov says nothing, loudly. In the provinces, secretaries who have called the Opposition the enemy's party for a year ask what to say now.
    ~ shift_suspicion(-6, Moderation)
    ~ shift_right(5, Moderation)
    ~ shift_left(6, Alliances)
    ~ shift_apparatus(-5, RadicalMood)
    -> history

= arrests_sanctioned
The motion carries, and the hall is quieter than you expected. Trotsky and Zinoviev are expelled from the party in October, weeks before anyone thought possible. # MILESTONE: opposition_expelled
~ trotsky_fate = ExpelledFromParty
~ politburo -= (Trotsky, Zinoviev, Kamenev)
~ candidates -= (Trotsky, Zinoviev, Kamenev)
OGPU men stand at their doors. On 7 November the Opposition's banners are torn down before they are unrolled. Bukharin stops coming to your flat in the evenings.
~ shift_apparatus(5, Purges)
-> history

= arrests_refused
The motion fails. Rykov and Tomsky vote against it, and enough of the Control Commission goes with them. The prisoners are released within the week.
The expulsions go back to the slow road, by the rules, as Bukharin said. Everyone remembers who wanted to skip them. After the Opposition's banners are torn down on 7 November, a joint session expels Trotsky and Zinoviev from the party. # MILESTONE: opposition_expelled
~ trotsky_fate = ExpelledFromParty
~ politburo -= (Trotsky, Zinoviev, Kamenev)
~ candidates -= (Trotsky, Zinoviev, Kamenev)
~ shift_suspicion(6, Personality)
~ shift_apparatus(-4, Votes)
-> history

= history
{trotsky_holds_army:
    The War Commissariat, his last fortress, passes to Voroshilov.
    ~ trotsky_holds_army = false
}
In history: each step was voted, justified by the 1921 ban and the war scare{not s9_expulsions.in_stages:: out of the Central Committee on 23 October 1927, out of the party in mid-November}.{s9_expulsions.arrests: An earlier crackdown would plausibly have alarmed Bukharin's group and the Old Bolsheviks sooner.}{s9_expulsions.discipline: A negotiated truce was open; Zinoviev and Kamenev did recant within weeks of their expulsion. Whether Trotsky would have kept to it is doubtful.} # FACT: F060 F061 F062 F070 F084 F018
-> act3s_fifteenth_congress


// ─── 2–19 December 1927: the 15th Party Congress ────────────────────────────────────────────────
=== act3s_fifteenth_congress
{short_run: -> short_act3s_fifteenth_congress}
The Fifteenth Party Congress: 898 voting delegates, hardly an oppositionist among them. # DATE: 2–19 December 1927 # PLACE: Moscow, the 15th Party Congress # MILESTONE: fifteenth_congress
{s9_expulsions.discipline: The Opposition's leaders sit in the hall as members on probation.|Trotsky and Zinoviev are not in the hall. Kamenev is.}
Kamenev and Rakovsky speak through the heckling. The Congress votes that the Opposition's views are incompatible with membership of the party.
~ motion_is(WithMajority, (), (Trotsky, Zinoviev, Kamenev))
~ vote("15th Congress", Congress, CONGRESS_15, BY_CONSENSUS, 0)
{s9_expulsions.discipline: The signatures are accepted, with a warning: one more factional act, and they will save nobody.|Kamenev and seventy-five others are expelled. Within days Zinoviev and Kamenev write that they submit. Apply again in six months, they are told.}
The Congress calls for a first Five-Year Plan and voluntary collective farms. Mikoyan warns that the state pays too little for grain.
On the last day you ask the new Central Committee{stalin_offered_to_go() > 0:, once more,} to release you: the party needed a rude General Secretary only while the Opposition lived. It votes to refuse.
~ motion_is(WithMajority, (), ())
~ vote("CC plenum", Plenum, CC_1928, BY_CONSENSUS, 0)
~ shift_mantle(3, Moderation)
{s9_expulsions.discipline && (politburo ? Trotsky): The new Committee keeps Trotsky and Zinoviev in the party and off the Politburo.}
~ politburo -= (Trotsky, Zinoviev, Kamenev)
~ candidates -= (Trotsky, Zinoviev, Kamenev, Kuibyshev)
~ politburo += Kuibyshev
{trotsky_fate == InParty:
    ~ trotsky_fate = OutOfPolitburo
}
Kuibyshev, who runs industry and wants it faster, joins the Politburo.
In history: the Opposition was heckled at the Congress, not silenced; the offer to resign was refused on 19 December. # FACT: F059 F062 F018 F112
-> s10_grain_crisis


// ─── January 1928: the grain procurement crisis ─────────────────────────────────────────────────
=== s10_grain_crisis
{short_run: -> short_s10_grain_crisis}
The grain is not coming: in November and December the state bought half as much as a year before. # DATE: January 1928 # PLACE: The Kremlin, the Politburo
The state pays little, the village shops are empty, and a countryside told all summer that war is coming keeps its grain. The towns and the army run on bread, and the Plan's machines are paid for with grain.
{
- trotsky_fate == ExpelledFromParty:
    ~ trotsky_fate = InternalExile
    That month the OGPU comes for Trotsky. He will not walk, so they carry him down the stairs to a train for Alma-Ata, near the Chinese border.
- s9_expulsions.discipline:
    Trotsky, without a post worth the name, reminds anyone who will listen that his Platform said it in September: tax the richest peasants.
}
"Raise the price. Send them cloth, boots, kerosene. The peasant is a seller who has been offered a bad bargain." # SPEAKER: Mikoyan
"And cut exports for a year if we must. Slower is better than broken." # SPEAKER: Rykov
The Politburo's emergency orders are not working fast enough. # DECISION: s10_grain_crisis # TITLE: The grain procurement crisis
* (siberia) [I will go to Siberia myself. The criminal code has an article for hoarders #HISTORICAL]
    On 15 January your train leaves for Siberia: the only long tour of the countryside you will ever make. # MILESTONE: grain_crisis
    In Novosibirsk, Barnaul and Omsk you tell the officials that the kulaks are hoarding. Article 107, speculation: prison, the grain confiscated, a quarter of it sold cheap to the village poor.
    An official named Zagumyonny warns in writing that arrests will be read as the end of NEP. You read his note aloud so that it sounds foolish, and they laugh where you want them to.
    The grain moves. In the villages, something else has moved too.
    ~ grain_policy = ExtraordinaryMeasures
    ~ shift_apparatus(5, CivilWarMethods)
    ~ shift_left(6, RadicalMood)
    ~ shift_right(-8, CivilWarMethods)
    ~ shift_suspicion(5, Personality)
* (prices) [Mikoyan is right: pay more, and send goods]
    You take Mikoyan's bargain. The purchase price goes up; trains of cloth, nails and kerosene go east to the grain districts; exports are cut for the year. # MILESTONE: grain_crisis
    It works slowly, the way markets do. Through the spring the grain comes in as a trickle, not a flood.
    Kuibyshev asks how he is to build factories if the state pays the kulak more. Young men in the provincial committees mutter that the General Secretary has blinked. Rykov, for the first time in months, smiles at you.
    ~ grain_policy = HigherPrices
    ~ shift_right(10, Moderation)
    ~ shift_left(-5, RadicalMood)
    ~ shift_apparatus(-3, RadicalMood)
    ~ shift_suspicion(-4, Moderation)
* (tax_rich) [Take Trotsky's Platform without Trotsky: tax the richest]
    You take the Opposition's programme without its authors: a steep tax on the top tenth of households, and a compulsory grain loan from the richest. # MILESTONE: grain_crisis
    "You have put on Trotsky's coat, Koba. It does not fit you, and it will not fit the village." # SPEAKER: Bukharin
    In the districts nobody can agree who the richest tenth are. Where the quota falls short, officials find more rich peasants; some of them own two cows. The grain comes, faster than by the market, slower than by the prosecutor.
    ~ grain_policy = TaxTheRich
    ~ shift_left(8, Flexibility)
    ~ shift_right(-6, Flexibility)
    ~ shift_suspicion(3, Flexibility)
- In history: a procurement crisis, not a famine: the marketed share of grain had halved since before the war (Kotkin). For Hughes, the Siberian trip ended NEP in practice.{s10_grain_crisis.prices: Higher prices, Mikoyan's and Rykov's answer, would likely have eased the 1928 procurements at the cost of slower industrial investment.}{s10_grain_crisis.tax_rich: The Opposition's Platform proposed a grain loan from the richest tenth; plausibly it would have raised grain, but the elastic label "kulak" let any coercion spread.} # FACT: F064 F065 F066 F067 F101 F102 F117 F027 F110
-> act3s_shakhty


// ─── March–July 1928: Shakhty ───────────────────────────────────────────────────────────────────
=== act3s_shakhty
{short_run: -> short_act3s_shakhty}
In March the OGPU announces a plot: engineers at the Shakhty mines in the Donbass, accused of wrecking the pits for their old owners abroad. # DATE: March–July 1928 # PLACE: Moscow, the House of Unions
The trial opens in May in the Hall of Columns, where Lenin lay in state. Confessions taken in the OGPU's cells carry the case; evidence hardly does. Eleven are sentenced to death. The class struggle, you tell the party, grows sharper as socialism comes closer.
{trotsky_fate == InternalExile: In June Zinoviev and Kamenev, having recanted, are readmitted. From Alma-Ata, Trotsky recants nothing.}
Bukharin writes to you that the party is sliding back to War Communism.
-> s11_the_right


// ─── July 1928: the Right ───────────────────────────────────────────────────────────────────────
=== s11_the_right
{short_run: -> short_s11_the_right}
The July plenum. Bukharin, Rykov and Tomsky want the state to be the peasant's buyer again, not his bailiff. # DATE: 4–12 July 1928 # PLACE: The Kremlin, plenum of the Central Committee
Bukharin has been asking Ordzhonikidze, Voroshilov and Kalinin whether you should stay General Secretary. None of them told you. You know anyway.
{
- grain_policy == ExtraordinaryMeasures:
    The Siberian method filled the granaries and emptied the villages' patience. Sowing is down.
- grain_policy == HigherPrices:
    Your prices are working, slowly. Now the quarrel is about money: where will the Plan's billions come from, if not the village?
- else:
    Your tax on the rich has spread downwards, as taxes do. The Right wants it eased.
}
{stalin_bloc == WithRight: Bukharin, your partner for three years, thinks you will listen.}
{s9_expulsions.arrests: Rykov and Tomsky have not forgotten October, when you asked them to arrest men who sat at Lenin's table.}
Your speech is ready: the peasant must pay something like a tribute for industry. There is no other money.
"Ilyich said NEP was meant seriously and for a long time. {grain_policy == HigherPrices:Keep to the market with us|Repeal the measures with us}, and we will all say it was the plan." # SPEAKER: Rykov
- (offer)
~ forum_ahead_is(JointPlenum)
Kalinin looks at his hands. Voroshilov looks at you. # DECISION: s11_the_right # TITLE: The Right
* (retreat_attack) [Give them July. Take them apart after #HISTORICAL]
    You give them what they ask: {grain_policy == TaxTheRich:the grain loan suspended, the grain price raised|{grain_policy == HigherPrices:the grain price raised again|the extraordinary measures repealed, the grain price raised}}. Bukharin leaves thinking he has won.
    On 11 July he goes secretly to Kamenev: Stalin is a Genghis Khan who will strangle them all. Kamenev writes it down. In September Bukharin's "Notes of an Economist" warn against overreaching. You read the theory as a platform.
    In the autumn Molotov purges Uglanov's Moscow committee, the Right's one machine. The November plenum condemns a "right deviation" without naming anyone. Everyone knows the names.
    In January 1929 Trotsky's followers print Kamenev's notes of that talk: a faction, in Bukharin's own words. Lenin's ban of 1921 cuts to the right as it cut to the left.
    {trotsky_fate == InternalExile:
        ~ trotsky_fate = Deported
        In February the Politburo deports Trotsky, by steamer from Odessa to Istanbul.
    }
    ~ shift_apparatus(6, Purges)
    ~ shift_right(-6, DivideAndRule)
    The joint plenum judges the "Bukharin group". # DATE: 16–23 April 1929 # PLACE: The Kremlin, joint plenum of the Central Committee and the Central Control Commission
    ~ motion_is(ForYou, (), (Bukharin, Rykov, Tomsky))
    ~ vote("Joint CC–CCC plenum", JointPlenum, JOINT_PLENUM, MAX(HISTORY_HOLDS, for_you(JointPlenum) + RIGHT_ISOLATED), 0)
    It is condemned. Bukharin loses Pravda and the Communist International, Tomsky the trade unions. Rykov keeps the government, for now. # MILESTONE: right_defeated
    ~ right_defeated = true
    ~ shift_right(-8, DivideAndRule)
    ~ shift_apparatus(4, Votes)
    -> history
* (compromise) [A real peace with Bukharin, at the harvest's pace]
    You mean it this time, or near enough. {grain_policy == TaxTheRich:The grain loan is suspended.|{grain_policy == HigherPrices:The prices stay where Mikoyan put them.|The extraordinary measures are repealed.}} You go to Bukharin yourself: goods for the villages, grain imported if need be, a Plan that grows as fast as the harvest allows, and no faster.
    On 11 July Bukharin does not go to see Kamenev. He has no reason to.
    Through the winter the grain comes in slowly, and Kuibyshev's people and the young men in the provincial committees grow restless: NEP again, the kulak again, socialism always tomorrow.
    In April 1929, with the winter's grain short again, the joint plenum of the Central Committee and the Control Commission votes on Rykov's motion: keep the bargain of July, buy grain abroad if need be, no prosecutors. You have promised Bukharin not to whip the vote.
    ~ shift_right(8, Moderation)
    ~ shift_suspicion(-5, Moderation)
    ~ shift_left(-4, RadicalMood)
    // Unwhipped, the apparatus men lean to the prosecutor; prices that worked argue for the bargain.
    ~ temp peace_support = for_you(JointPlenum) - UNWHIPPED + grain_argument()
    {s9_expulsions.discipline:
        ~ peace_support += LEFT_AT_THE_TABLE
    }
    ~ motion_is(ForYou, (Rykov, Bukharin, Tomsky), ())
    ~ temp holds = vote("Joint CC–CCC plenum", JointPlenum, JOINT_PLENUM, peace_support, 0)
    {holds: -> compromise_holds | -> compromise_fails}
* (confront) [Why wait? Name the "right deviation" now]
    You do not wait for the autumn. On the plenum's third day you name them: Bukharin, Rykov, Tomsky, a deviation that would hand the country to the kulak while the enemy gathers abroad.
    Bukharin answers to your face, and for once the hall hears him whole: the peasant, the alliance Lenin built, the slide back to Civil War methods.
    Everything turns on two men. Kalinin has spent his life speaking for the village. Voroshilov owes you his career, and does not like being told how to vote.
    ~ shift_suspicion(8, Personality)
    // Kalinin and Voroshilov waver (FACTBASE B3): an open attack in July 1928 could go either way.
    ~ temp attack_support = for_you(Plenum) - RIGHT_MAY_HOLD - grain_argument()
    {s9_expulsions.discipline:
        ~ attack_support -= LEFT_AT_THE_TABLE
    }
    ~ motion_is(ForYou, (), (Bukharin, Rykov, Tomsky))
    ~ temp won = vote("CC plenum", Plenum, CC_1928, attack_support, 0)
    {won: -> early_victory | -> checked}

= compromise_holds
Rykov's motion carries. The grain will be bought, not taken, and the Plan will grow as fast as the harvest allows. Bukharin keeps Pravda, Tomsky his unions. You keep the Secretariat, and the habit of waiting.
~ shift_right(6, Alliances)
-> history

= compromise_fails
Rykov's motion fails. Your own secretaries voted it down with one eye on you, and you did not look back at them.
The compromise is dead. Bread cards are back in the towns; the Siberian method returns to the villages. When Bukharin protests, you find that you agree with the Central Committee after all.
{trotsky_fate == InternalExile:
    ~ trotsky_fate = Deported
    Trotsky is already gone, deported in February by steamer from Odessa to Istanbul.
}
Before the plenum rises it condemns the "Bukharin group" as a right deviation. You did not start it. You finish it. # MILESTONE: right_defeated
~ right_defeated = true
~ shift_right(-10, Flexibility)
~ shift_left(5, RadicalMood)
-> history

= early_victory
At the last moment Kalinin and Voroshilov come over. The plenum condemns the right deviation, with names, in July 1928. # MILESTONE: right_defeated
~ right_defeated = true
By November Bukharin has lost Pravda, the Comintern and his Politburo seat; Tomsky has lost the unions; Uglanov's Moscow committee has been purged. Rykov keeps the government, watched. # DATE: November 1928 # PLACE: Moscow
~ politburo -= Bukharin
{trotsky_fate == InternalExile:
    ~ trotsky_fate = Deported
    In February 1929 the Politburo deports Trotsky, by steamer from Odessa to Istanbul.
}
~ shift_right(-12, DivideAndRule)
~ shift_apparatus(5, Votes)
-> history

= checked
Kalinin votes with Rykov. Voroshilov sits on his hands. The plenum condemns no one and asks the Politburo to work in unity, which is a polite way of saying that you lost.
Bukharin does not gloat. Rykov does the arithmetic for everyone: {grain_policy == ExtraordinaryMeasures:the extraordinary measures are over|no prosecutors in the villages}, the tempo is the Right's, and the General Secretary has been told no in front of the Central Committee.
~ shift_apparatus(-8, Votes)
~ shift_suspicion(6, Personality)
-> history

= history
In history: July 1928 was a tactical retreat; Kotkin says Stalin's knowledge of Bukharin's soundings explains his caution. {not s11_the_right.retreat_attack:The Right, with Uglanov's Moscow machine, was beaten by April 1929.}{s11_the_right.compromise: Cohen argues a lasting NEP compromise was a real alternative; Kotkin, that NEP clashed with the party's socialist goals.}{s11_the_right.confront: The Right may briefly have had a Politburo majority, but Kalinin and Voroshilov went over to Stalin at the last minute; an open fight in July 1928 could plausibly have gone either way.} # FACT: F068 F069 F071 F072 F088 F089 F053 F048
{
- s11_the_right.compromise_holds or s11_the_right.checked:
    -> ending_bukharin_nep
- else:
    -> s12_great_break
}


// ─── April 1929: the Five-Year Plan and the village ─────────────────────────────────────────────
=== s12_great_break
{short_run: -> short_s12_great_break}
The Sixteenth Party Conference: 254 voting delegates, and a Plan in two versions. # DATE: 23–29 April 1929 # PLACE: Moscow, the 16th Party Conference
Gosplan's starting variant, and an optimal one a fifth higher: steel, tractors, cities on the steppe.{s11_the_right.early_victory: Bukharin is no longer at the Politburo table. You have had nine months to make sure nobody misses him.}{s11_the_right.compromise_fails: Bukharin still talks of the peace you offered him in July. You remind him that the Central Committee did not.}
In the towns there are bread cards again. In the villages, a few households in a hundred are in a collective farm.
"The optimal variant, and the village with it. The peasant has to be reorganised, not begged." # SPEAKER: Molotov
"Give him tractors first, and he will come by himself." # SPEAKER: Kalinin
- (offer)
~ forum_ahead_is(Conference)
The delegates wait to hear which of them you agree with. # DECISION: s12_great_break # TITLE: The Five-Year Plan and the village
* (maximal) [The optimal Plan, and the village with it #HISTORICAL]
    Nobody votes against a plan for socialism.
    ~ motion_is(WithMajority, (), ())
    ~ vote("16th Party Conference", Conference, CONFERENCE_16, BY_CONSENSUS, 0)
    ~ shift_left(5, RadicalMood)
    Through the autumn the grain is taken by the Ural-Siberian method: quotas, village meetings, fines. By October one household in thirteen is in a collective farm, most under pressure. On 7 November Pravda prints your "Year of the Great Break": the middle peasant, you write, is joining the collective farms. # MILESTONE: great_break
    {politburo ? Bukharin:The Central Committee's plenum ends by removing Bukharin from the Politburo. Rykov and Tomsky are warned. Within days all three recant.|The Central Committee's plenum warns Rykov and Tomsky. Within days they recant, with Bukharin beside them.} # DATE: 17 November 1929 # PLACE: The Kremlin, plenum of the Central Committee
    ~ politburo -= Bukharin
    ~ shift_apparatus(4, DivideAndRule)
    On 21 December Pravda fills its pages with your fiftieth birthday. You are in fact fifty-one: the date was changed long ago. Six days later you announce the liquidation of the kulaks as a class.
    In the district offices, the lists are being drawn up.
    -> history
* (bukharin_line) [Tractors first. Let the peasant come by himself]
    You surprise them all. The starting variant, you tell the Conference, and slower if the harvest says so: collective farms for those who choose them, tractors as bait, grain bought at a price the peasant will take.
    Molotov stares at the table. Bukharin, condemned {s11_the_right.early_victory:last July|a week ago}, hears his own programme in your voice and does not know whether to be glad.
    ~ shift_right(12, Flexibility)
    ~ shift_left(-8, RadicalMood)
    ~ shift_suspicion(-4, Moderation)
    The test is the autumn. The grain must come in without the prosecutor, and the young men in the district committees have spent a year learning to use him.
    The Central Committee votes on whether to keep the voluntary course through the winter. # DATE: November 1929 # PLACE: The Kremlin, plenum of the Central Committee
    // The young men in the district committees want the prosecutor back (F092): the voluntary course
    // holds only if Stalin's standing and the autumn's grain carry it.
    ~ temp course_support = for_you(Plenum) - RADICALS_RESTLESS + grain_argument()
    ~ motion_is(ForYou, (), ())
    ~ temp course_holds = vote("CC plenum", Plenum, CC_1928, course_support, 0)
    {course_holds: -> nep_holds | -> line_breaks}
* (lower_plan) [The starting variant, and buy the grain]
    You choose the starting variant, and the market. It is still the largest plan any government has put on paper. It is not a war on the village.
    ~ motion_is(WithMajority, (), ())
    ~ vote("16th Party Conference", Conference, CONFERENCE_16, BY_CONSENSUS - TEMPO_DOUBTED, 0)
    The grain is bought at the prices the Right wanted a year ago, and some exports wait. Collective farms grow slowly, where the tractors go. Kuibyshev grumbles, and builds.
    {politburo ? Bukharin:Bukharin keeps his Politburo seat and says very little.|Bukharin, out of the Politburo since November, says very little.} You are making his argument for him, and taking the credit.
    ~ shift_right(6, Flexibility)
    ~ shift_left(-4, RadicalMood)
    On 21 December Pravda fills its pages with your fiftieth birthday. Whatever the party does next, you will decide it.
    -> history
* (squeeze_kulaks) [The optimal Plan, paid for by the richest. Leave the rest alone]
    You take the optimal Plan and send the bill to the top of the village: punishing taxes on the richest households, confiscation for those who hoard, quotas enforced by the Ural-Siberian method. The commune, the middle peasant and his horse stay where they are.
    ~ motion_is(WithMajority, (), ())
    ~ vote("16th Party Conference", Conference, CONFERENCE_16, BY_CONSENSUS, 0)
    ~ shift_left(4, RadicalMood)
    It is coercion, and the village sees it. You draw the line around a few households in a hundred. Local officials with quotas to fill keep asking where exactly the line is.
    {politburo ? Bukharin:
        The Central Committee removes Bukharin from the Politburo. # DATE: 17 November 1929 # PLACE: The Kremlin, plenum of the Central Committee
        ~ politburo -= Bukharin
    }
    In December the party marks your fiftieth birthday as a holiday.
    -> history

= nep_holds
The course holds. The grain comes in, not fast, but without prosecutors, and the collective farms stay voluntary through the winter.
{politburo !? Bukharin:
    ~ politburo += Bukharin
    Bukharin comes back to the Politburo table. He sits at the far end, and watches you.
}
On 21 December Pravda marks your fiftieth birthday with a respectful page.
-> history

= line_breaks
The course breaks. The autumn grain falls short, every district reports kulak sabotage, and the plenum votes for extraordinary measures and faster collective farms. You could fight it. You decide, as before, to lead what you cannot stop.
{politburo ? Bukharin:Bukharin loses his Politburo seat.}
~ politburo -= Bukharin
By the end of December you are saying the words the radicals wanted: the liquidation of the kulaks as a class.
-> history

= history
In history: the Conference adopted the optimal Plan{not s12_great_break.maximal:; the Great Break (7 November), Bukharin's fall (17 November), the birthday and the "liquidation of the kulaks as a class" (27 December) followed}. Stalin, born in December 1878, had long given his birth year as 1879.{s12_great_break.bukharin_line: Cohen argues the Bukharinist road was real; sceptics such as Bean stress NEP's recurring procurement crises.}{s12_great_break.lower_plan: The Right had argued for the starting variant; Millar questioned whether collectivisation raised the net flow of resources to industry at all.}{s12_great_break.squeeze_kulaks: This is close to Nove's middle case: once fast industry was the goal, much coercion of the peasants was hard to avoid, but not Stalin's extremes.} # FACT: F072 F099 F103 F104 F108 F112 F113
{
- s12_great_break.nep_holds:
    -> ending_bukharin_nep
- else:
    -> ending_stalin_supreme
}


// How many times Stalin has already offered to give up the Secretariat, for text that recalls it:
// May 1924 (a resignation in earnest), June 1924 (the first plenum after the Congress), October 1926.
=== function stalin_offered_to_go()
~ temp offers = 0
{s5_testament.genuine_resignation:
    ~ offers++
}
{stalin_june.resignation:
    ~ offers++
}
{s9_united_opposition.stages_autumn:
    ~ offers++
}
~ return offers

// What the year's grain policy argues at a plenum on the Right's line: prices that worked argue for it,
// the prosecutor's methods against it (F064, F101).
=== function grain_argument()
{
- grain_policy == HigherPrices:
    ~ return PRICES_WORKED
- grain_policy == ExtraordinaryMeasures:
    ~ return 0 - PROSECUTOR_HABIT
}
~ return 0
