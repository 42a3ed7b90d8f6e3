// ═══════════════════════════════════════════════════════════════════════════════════════════════
// ACT I · TROTSKY · January–June 1924
// Historical frame: Lenin dies at Gorki (21 Jan). Trotsky, ill, is on his way to Sukhumi and misses
// the funeral on Red Square (27 Jan). The troika takes the War Commissariat apart around him
// (Antonov-Ovseenko removed in Jan; Frunze made his deputy). Lenin's "Letter to the Congress" is read
// to the CC plenum on the eve of the 13th Congress (c. 21–22 May), and the Congress (23–31 May)
// endorses the condemnation of his opposition. Bukharin becomes a full Politburo member (2 Jun).
// Decision points (knot name = DECISION id): t3_funeral, t5_army, t4_testament, t4_congress.
// Reads: the six meters; read counts of the decision knots' labelled choices and stitches.
// Writes: meters (through shift only), lenin_dead, politburo, candidates, general_secretary.
// Endings (endings.ink): ending_act1_trotsky_isolated, ending_act1_trotsky_secretariat_falls,
//   ending_act1_trotsky_bonapartist.
// No new globals: every later difference is read from the labelled choices below.
// ═══════════════════════════════════════════════════════════════════════════════════════════════

=== trotsky_act1
-> t3_funeral


// ─── 21 January 1924: the telegram at Tiflis ────────────────────────────────────────────────────
=== t3_funeral
Tiflis station, on the way to the Black Sea. You sit with Natalia in the working half of your railway carriage, burning with the fever that has dogged you since the autumn. The doctors have ordered you south to Sukhumi, to rest. # DATE: 21 January 1924 # PLACE: Tiflis railway station # ACT: Act I — The Funeral and the Testament
A knock. Your secretary comes in with a decoded telegram, his face grey, his eyes fixed somewhere past you. You know before you read it.
Lenin died this evening at Gorki, at ten minutes to seven. The telegram is from Stalin. # MILESTONE: lenin_dies
~ lenin_dead = true
~ politburo -= Lenin
You pass it to Natalia. She has already guessed.
Lenin brought you into his government in 1917, fought with you, needed you. In his last working months he asked you, not Stalin, to carry his quarrels for him: foreign trade, Georgia. Now his chair is empty, and you are at the far end of the country.
You get the Kremlin on the direct wire. The answer comes back: the funeral will be on Saturday; you cannot get back in time; they advise you to continue your treatment.
"Saturday. You can barely stand, Lev. Could you even get there?" # SPEAKER: Natalia Sedova
The Tiflis comrades are already at the carriage steps, asking you to write something about Lenin for their papers. The stationmaster wants to know whether the train goes on.
An engine could be coupled to the other end of this train in ten minutes. # DECISION: t3_funeral # TITLE: The telegram at Tiflis
* (return_at_once) [Order a special train and go back to Moscow at once]
    You tell the stationmaster to find you a locomotive. The railwaymen, who remember your armoured train from the Civil War, have one coupled to the other end of the carriage within the hour.
    The fever travels north with you, around the mountains and across the frozen steppe. At a junction a telegram catches up: the funeral has been moved to Sunday, the twenty-seventh, so that delegations from the far ends of the Union can arrive. Nobody had thought to tell you.
    On Sunday you stand on Red Square in the bitter frost, among the men who have been voting against you all winter. Workers who have queued for hours by the bonfires see you there, and pass your name along the lines.
    Zinoviev sees it too. In his face you read the word the troika uses for you in private: Bonaparte.
    Afterwards the doctors send you south again, to Sukhumi. But the party remembers that you came.
    ~ shift(Mantle, 10, FuneralAbsence)
    ~ shift(Suspicion, 5, Underestimated)
    In history: Trotsky was told the funeral would be on Saturday and went on to Sukhumi; it was held on Sunday 27 January. Patenaude, following Eastman, argues he could have returned by special train and that his oration might have been crucial; on its own it would probably not have changed the majorities in the Central Committee. # FACT: F013 F095 F012
* (demand_date) [Wire to demand the true date, and send an address to be read on Red Square]
    You write the farewell pages the Tiflis comrades ask for, and send them down the wire to Moscow, to be read over the coffin. Then a second message: confirm the date; you are ready to return by special train.
    The train goes on south while you wait. The answer finds you two days later on the coast: the funeral has been moved to Sunday, to let the delegations arrive. By now the fever has you flat on your back.
    On the day, the men who speak over the coffin are Kalinin, Zinoviev and Stalin. Your pages appear in the newspapers. Nobody reads them aloud on Red Square.
    You keep both answers in a folder: the one that said Saturday, and the one that came too late.
    ~ shift_between(Mantle, -5, 0, FuneralAbsence)
    In history: Trotsky did not question the date; he wrote a short tribute for the Tiflis comrades and went on to Sukhumi. The funeral was held on Sunday 27 January. His charge that he was deliberately misled is supported by Bazhanov and Broué, while Patenaude and Eastman note that he could still have returned. # FACT: F013 F095 F012
* (go_on) [Go on to Sukhumi, as the Kremlin advises #HISTORICAL]
    You cannot lift a pen, and then you do: a few pages for the Tiflis comrades, "Lenin is no more", sent down the wire to Moscow. The train is held half an hour for them. Then it goes on south.
    Sukhumi is palm trees, a grey sea, and mimosa flowering in January. You lie on a veranda under blankets and read the Moscow papers a day late.
    On Sunday the 27th, in a bitter frost, Lenin is carried out onto Red Square. Kalinin, Zinoviev and Stalin speak over him. You are not there.
    Sunday. Not Saturday. You tell Natalia you were deceived, and she believes you. Not everyone will. Some will say a special train could have brought you anyway. Most will simply remember the empty place.
    ~ shift(Mantle, -8, FuneralAbsence)
    ~ shift(Left, -3, FuneralAbsence)
    In history: Trotsky went on to Sukhumi. The charge that he was deliberately misled about the date is his own, supported by Bazhanov and Broué; Patenaude and Eastman note that he could still have come back by special train. Historians widely see the absence as damaging from the start. # FACT: F013 F095 F012
- -> t5_army


// ─── February–March 1924: the War Commissariat is taken apart ─────────────────────────────────────
=== t5_army
Sukhumi. Wind off the sea, the mimosa over, the Moscow papers always a day behind. # DATE: March 1924 # PLACE: Sukhumi
{t3_funeral.return_at_once: You came back here after the funeral. The fever did not care that you had stood on Red Square.}
The news comes in pieces. Rykov has Lenin's old chair at the Council of People's Commissars. The Central Committee has proclaimed a Lenin Enrolment: the factories are to send their best workers into the party, hundreds of thousands of them, and the Secretariat will handle the forms. Your friends call it a flood meant to drown the December discussion.
Then the army. In January, before Lenin died, the troika removed Antonov-Ovseenko, your man at the head of the army's political directorate. Now Sklyansky, your deputy since the Civil War, is moved out, and Mikhail Frunze is to be your deputy instead.
Frunze is a real soldier with victories of his own, and nobody's fool. He is also the majority's man. The decisions are taken in Moscow; you read about them in Sukhumi.
Letters come too. In December the party cells in the military academies voted for the New Course. Officers who served under you write that they are waiting for a word.
A word could fill meeting halls with resolutions in your name. It could also prove everything Zinoviev says about you. In January the troika published the secret clause of the 1921 ban on factions, so that you would read it: a member of the Central Committee can be expelled by two-thirds of a joint plenum.
The letters lie on the table by your chair. # DECISION: t5_army # TITLE: The War Commissariat taken apart
* (accept_quietly) [Agree to the changes and say nothing more #HISTORICAL]
    You agree. Frunze will make a good deputy, you tell yourself, and the army is not your private property. You have said so many times.
    Moscow is relieved. They say you are tired, or proud, or sulking. For a week or two, nobody says you are dangerous.
    Your officers read the silence as an order. The letters stop.
    ~ shift(Army, -10, Patronage)
    ~ shift(Suspicion, -4, Personality)
    In history: Trotsky accepted the changes and never used the army politically. Deutscher presents his restraint as principled but also as a sign of indecision. # FACT: F022 F096
* (protest) [Protest to the Politburo in writing]
    You write to the Politburo: the War Commissariat is being taken apart behind its commissar's back while he lies ill at the other end of the country. Every word is true.
    The reply is courteous and changes nothing. {t3_funeral.go_on: It hopes you are recovering. It does not mention the funeral.} Five members of the Politburo have decided, and the sixth is in Sukhumi.
    A few of your people keep their posts. The rest go. Your letter is filed, to be quoted back to you one day as proof that you put yourself above the Central Committee.
    ~ shift_between(Army, -8, -2, Patronage)
    ~ shift(Suspicion, 5, Underestimated)
    In history: Trotsky did not fight the changes. The troika had removed Antonov-Ovseenko in January 1924 and made Frunze his deputy; in January 1925 he lost the War Commissariat itself. A written protest would plausibly have changed little while the Politburo majority controlled appointments. # FACT: F022 F049 F096
* (mobilise_cells) [Let the army's party cells speak for you]
    You answer the letters. No orders, nothing illegal: only a word that comrades in the army are free to say what they think of the New Course.
    They say it. Academies, staffs and garrison cells pass resolutions in your support. Your name is cheered in rooms full of men with revolvers on their belts.
    In the Kremlin it looks exactly like what Zinoviev has been predicting, and he says so from the platform of the Leningrad Soviet.
    "Comrades, we have read our French history. We know how revolutions end when the army chooses its own master." # SPEAKER: Zinoviev
    Stalin says nothing in public, and has every resolution copied to the Secretariat.
    ~ shift(Army, 6, CivilWarMethods)
    ~ shift(Suspicion, 15, FactionBan)
    ~ shift(Mantle, -5, FactionBan)
    ~ shift(Apparatus, -5, Centralism)
    In history: Trotsky never used the army politically, and later said a military move would have destroyed what he was fighting for. Pressure through the army cells would plausibly have handed the troika the charge of factionalism under the 1921 ban, and fed the fear of a Bonaparte that Figes and Deutscher see behind Zinoviev and Kamenev's choices. # FACT: F022 F084 F020
- -> t4_testament


// ─── c. 21–22 May 1924: Lenin's letter at the CC plenum ─────────────────────────────────────────
=== t4_testament
The Kremlin, on the eve of the Congress. The old Central Committee meets for the last time, with the leaders of the delegations crowded in along the walls. # DATE: 21–22 May 1924 # PLACE: The Kremlin, plenum of the Central Committee
You have been back in Moscow since the spring, thinner, the fever lighter. At the Politburo the troika arrives with everything agreed in advance, and you read a French novel while they vote. In April Stalin lectured the students of the Sverdlov University on the Foundations of Leninism, as if Lenin had left a textbook and he alone had read it.
Now Krupskaya has handed over what Lenin dictated in the winter of 1922: his Letter to the Congress. She says he wanted the next Congress to hear it. Kamenev reads it aloud.
Lenin's voice, in Kamenev's mouth. Stalin has concentrated unlimited power in his hands, and may not always use it with enough caution. Trotsky: perhaps the most able man in the Central Committee, and too sure of himself. You keep your face still. Zinoviev and Kamenev's conduct in October 1917 was no accident. Bukharin and Pyatakov get a line each.
Then the postscript of January 1923. Stalin is too rude. The comrades should think of a way to remove him from the post of General Secretary.
Stalin sits on the steps of the platform, below the presidium, and looks at the window. He seems smaller than he is.
"Every word of Ilyich is law to us. But on one point we can all be glad: his fears about our General Secretary have proved groundless. You have all seen how we have worked together." # SPEAKER: Zinoviev
"I propose that the letter be read to each delegation separately. Not to the Congress in session, and not published." # SPEAKER: Kamenev
{alliance == EarlyBloc: Kamenev does not look at you as he says it. Your understanding of October is in the room, unspoken: if you move, he will not stand in your way.}
"It was his wish that the Congress should hear it." # SPEAKER: Krupskaya
{t3_funeral.demand_date: In your folder there is still a telegram that says Saturday.}
{t5_army.mobilise_cells: Everyone here has read the resolutions of the army cells. When Zinoviev says "unity", he looks at you.}
Every eye in the room that is not on Stalin is on you. # DECISION: t4_testament # TITLE: Lenin's letter at the plenum
* (back_krupskaya) [Stand with Krupskaya: the whole Congress must hear it, and Stalin must go]
    You stand. Lenin's letter belongs to the party, not to a committee it criticises by name. Let the Congress hear every word, about every one of us, and let it do what Lenin asked.
    {t3_funeral.demand_date: You lay the two funeral telegrams on the table beside the letter. Nobody picks them up. Everybody reads them.}
    Krupskaya looks at you for the first time in the meeting. Kamenev looks at Zinoviev.
    -> count
* (literal_remedy) [Propose exactly what Lenin asked: Stalin out of the Secretariat, kept in the Politburo]
    You do not raise your voice. Lenin did not ask for anyone's head, you say. He asked for one change: another General Secretary, more patient, more polite. Stalin keeps his seat in the Politburo. The party keeps its unity. And Lenin's wish is kept.
    It is so reasonable that for a moment nobody can think of an answer. Here and there along the walls, someone nods.
    -> count
* (stay_silent) [Say nothing #HISTORICAL]
    -> silence

= count
// Lenin's own remedy, asked for plainly, is the easiest motion to vote for; Zinoviev and Kamenev, who
// fear Trotsky more than Stalin (F020), carry the CC against it unless they have come to terms with him.
~ temp support = for_you(Plenum) + LENINS_LETTER
{t4_testament.literal_remedy:
    ~ support += LITERAL_REMEDY
}
{t4_testament.back_krupskaya && t3_funeral.demand_date:
    ~ support += FUNERAL_TELEGRAMS
}
{alliance == EarlyBloc:
    ~ support += EARLY_BLOC_HOLDS
}
The plenum votes. Forty full members of the Central Committee raise their hands or keep them down; the delegation leaders along the walls can only watch.
~ temp removed = vote("CC plenum", Plenum, CC_1923, support, 0)
{removed: -> stalin_removed | -> motion_fails}

= stalin_removed
For a moment nobody moves. Then the count is checked, and it stands.
Zinoviev is the first to understand what has happened and, being Zinoviev, the first to get in front of it.
"The Central Committee bows to the will of Ilyich. After the Congress, the new Committee will choose another General Secretary." # SPEAKER: Zinoviev
{t4_testament.back_krupskaya: The letter will be read to the Congress in session. Krupskaya sits down slowly, like a woman putting down something heavy.}
Stalin gets up from the steps. If the party wishes it, he says, he will go. He says it quietly, as if it cost him nothing. He keeps his seat at the table.
~ shift(Mantle, 8, TestamentBuried)
~ shift(Apparatus, 8, TestamentBuried)
~ shift(Suspicion, 8, Underestimated)
-> testament_history

= motion_fails
{minority() >= 40: It is close, but not close enough.|It is not close.} Zinoviev's Leningraders vote with Kamenev's Muscovites, and the men from the provinces vote with the Secretariat that sent them there.
{t4_testament.back_krupskaya: The letter will go to the delegations one by one, behind closed doors, with a comrade from the majority on hand to explain it.|Lenin's one request has been put to a vote and refused. The letter goes to the delegations behind closed doors.}
Stalin does not look at you. He does not need to. You attacked and lost, and the whole Central Committee watched you do it.
~ shift(Mantle, 3, TestamentBuried)
~ shift(Suspicion, 6, Votes)
~ shift(Apparatus, -4, Votes)
-> testament_history

= silence
You say nothing. You shrug, and look at the ceiling, and let your contempt speak for you. It is not a language the men from the provinces understand.
Kamenev's proposal carries easily. The letter will be read to each delegation behind closed doors, with a comrade from the majority on hand to explain it. It will not be published.
You tell yourself that a fight over a dead man's letter is beneath you. You tell yourself that Zinoviev and Kamenev will not protect Stalin for ever.
~ shift(Mantle, -4, TestamentBuried)
~ shift(Suspicion, -3, Personality)
-> testament_history

= testament_history
In history: Trotsky said nothing. Zinoviev and Kamenev persuaded the plenum that Stalin had made amends, and the letter was read to the delegations separately, not to the Congress in session, and not published. Service stresses that Lenin asked only for Stalin's removal as General Secretary.{not t4_testament.stay_silent: Had the letter been acted on, historians think the likeliest result is that Stalin loses the post but keeps his Politburo seat and his network (Kotkin); a Zinoviev-led collective leadership is plausible (Figes, Deutscher); Roberts judges that the efforts to use the testament did not get very far.} # FACT: F016 F017 F019 F093
-> t4_congress


// ─── 23–31 May 1924: the 13th Party Congress ────────────────────────────────────────────────────
=== t4_congress
The Thirteenth Party Congress. Seven hundred and forty-eight delegates with a vote, hundreds more with a voice only, most of them chosen by provincial committees whose secretaries the Secretariat appoints. # DATE: 23–31 May 1924 # PLACE: Moscow, the 13th Party Congress # MILESTONE: thirteenth_congress
{
- t4_testament.stalin_removed && t4_testament.back_krupskaya:
    Lenin's letter has been read to the Congress in session. The hall heard "too rude" in silence, and then in whispers. Stalin still sits in the presidium. The corridors talk of nothing but who will run the Secretariat.
- t4_testament.stalin_removed:
    The delegations know that Stalin is to leave the Secretariat. He still sits in the presidium and gives the organisational report as if nothing had happened. The corridors talk of nothing but who comes next.
- else:
    The delegations have heard Lenin's letter behind closed doors, one at a time. Stalin gives the organisational report: calm, long, full of figures. The delegates applaud the figures.
}
Zinoviev gives the political report, and he wants more than applause. In January the party conference condemned your opposition as a petty-bourgeois deviation. Now he wants you at the rostrum, admitting your errors.
"Comrade Trotsky has only to come up here and say: I was wrong, and the party was right." # SPEAKER: Zinoviev
{t5_army.mobilise_cells: He wants the army resolutions explained, too. The word he uses from the rostrum is Bonapartism, and the hall applauds it.}
{t4_testament.stalin_removed: Losing his ally in the Secretariat has not made him love you. He has a place to fill, and your shadow to fill it against.}
Your name is called. The hall goes quiet in the way it only goes quiet for you. # DECISION: t4_congress # TITLE: The 13th Party Congress
* (party_always_right) [Recant nothing, attack nothing: no one can be right against the party #HISTORICAL]
    You speak calmly, almost gently.
    "None of us wishes to be right, or can be right, against the party. In the last analysis the party is always right, because it is the only instrument history has given the working class." # SPEAKER: Trotsky
    But you will not say that your criticisms were false, because you do not believe they were. A Bolshevik does not lie to his party, even to please it.
    It is dignified. It is also a retreat, and every delegate can see it. Your friends in the gallery wait for a blow that never comes.
    ~ shift(Suspicion, -3, Personality)
    ~ shift(Left, -4, Personality)
* (name_apparatus) [Defend the New Course and name the apparatus]
    You defend every line of the New Course. Then you name the thing itself: secretaries appointed from above, who choose the delegates, who elect the committee, which appoints the secretaries. A closed circle, with the party outside it.
    Half the hall is that circle. You watch them understand that you mean them.
    The young delegates with consultative voices cheer until the chairman rings for order. {t4_testament.stalin_removed: Some of the voting delegates, for the first time, do not look away.}
    ~ shift(Left, 8, RadicalMood)
    ~ shift(Mantle, -2, Centralism)
    ~ shift(Apparatus, -6, Centralism)
    ~ shift(Suspicion, 8, FactionBan)
* (recant) [Recant fully, as the troika demands]
    You say it. Your criticisms were mistaken, the discussion harmed the party, and you submit to its decisions without reservation.
    The hall applauds, and the applause is worse than silence. Zinoviev thanks you like a man collecting a debt.
    That night the young comrades who carried your letters through the Moscow cells in December do not come to see you. You do not blame them.
    ~ shift(Suspicion, -10, FactionBan)
    ~ shift(Left, -12, FactionBan)
    ~ shift(Mantle, -6, Misrepresentation)
- (resolution)
~ temp condemn = against_you(Congress)
{t4_testament.stalin_removed:
    ~ condemn -= TESTAMENT_OBEYED
}
The Congress votes on the resolution endorsing January's condemnation of the opposition.
~ temp condemned = vote("13th Congress", Congress, CONGRESS_13, condemn, 0)
{
- not condemned:
    The resolution falls. For the first time since Lenin fell ill, a Congress has refused the majority something it asked for. Nobody in the hall quite knows what that means, least of all you.
- minority() >= 10:
    A minority of {votes_against} is not a victory. But it is a number, and numbers are remembered.
- t4_congress.recant:
    Even your friends vote for it. You asked them to.
- else:
    It carries with barely a hand against it.
}
In history: Trotsky refused to recant, telling the Congress that no one could be right against the party, which in the last analysis was always right. The Congress endorsed the condemnation of his opposition, and Figes describes it as a chorus against him; he kept his seats in the Central Committee and the Politburo.{t4_congress.name_apparatus: A frontal attack on the apparatus would plausibly have won the young and hardened the majority, as the 1923 debate had.}{t4_congress.recant: Recantation was the road Zinoviev and Kamenev themselves took in 1928; it kept them in the party, but it did not keep them safe.} # FACT: F015 F029 F096 F062
-> trotsky_june


// ─── 2 June 1924: the first plenum of the new Central Committee ─────────────────────────────────
=== trotsky_june
The first plenum of the new Central Committee. # DATE: 2 June 1924 # PLACE: The Kremlin, plenum of the Central Committee
~ politburo += Bukharin
~ candidates -= Bukharin
Bukharin becomes a full member of the Politburo: quick, warm, liked by almost everyone, you included. Another vote for the majority.
{
- t4_testament.stalin_removed && alliance == EarlyBloc:
    ~ general_secretary = Rudzutak
    Rudzutak becomes General Secretary, as Lenin wished. Then Zinoviev keeps the rest of your bargain: he moves that you report to the Committee on the economy and the plan, and that the new Secretariat answer to the Politburo.
    A vote on that is a vote on who leads. Everyone in the room knows it.
    // The army kept out of politics (t5_army), the testament obeyed, an early deal kept: the one road to
    // a Trotsky-led party that historians would recognise (FACTBASE C3c), and still uncertain.
    ~ temp leads = for_you(Plenum) + EARLY_BLOC_HOLDS + LENINS_LETTER
    {t5_army.mobilise_cells:
        ~ leads -= BONAPARTE_FEAR
    }
    ~ temp follows = vote("CC plenum", Plenum, CC_1924, leads, 0)
    {follows:
        The majority follows you. Stalin keeps his seat in the Politburo, and his provincial secretaries keep theirs.
        -> ending_trotsky_led
    - else:
        The motion falls. Zinoviev shrugs: he tried. The real weight passes to him, as everyone expected, and he leads the collective leadership in all but name.
    }
- t4_testament.stalin_removed:
    ~ general_secretary = Rudzutak
    The new Central Committee keeps its word to Lenin. Rudzutak, a quiet Latvian who is a candidate member of the Politburo, becomes General Secretary. The real weight passes to Zinoviev, who now leads the collective leadership in all but name.
    Stalin keeps his seat in the Politburo. The provincial secretaries he appointed keep theirs, and write to him as often as before.
- else:
    Stalin rises, unhurried, and asks to be released from the post of General Secretary.
    "Lenin's letter must be respected. I ask the plenum to release me." # SPEAKER: Stalin
    The plenum refuses, as everyone in the room knew it would, and he bows to its wishes.
    {t4_testament.stay_silent: You could have made that refusal harder. You did not.}
}
Summer comes. You have a seat at the table, a commissariat with another man's deputy in it, and the most famous name in the party. {t4_congress.recant: You also have a recantation in the Congress minutes.}
In history: Bukharin became a full member of the Politburo on 2 June 1924; at the first plenum after the Congress Stalin asked to be released as General Secretary and was refused. # FACT: F010 F018
{t4_testament.stalin_removed: -> ending_collective_leadership}
-> trotsky_act2
