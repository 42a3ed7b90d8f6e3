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
// Votes: the CC plenum on the testament (t4_testament.count); the 13th Congress's condemnation; the June
//   plenum on who leads, only after the testament is acted on with an early understanding.
// Endings (endings.ink): ending_collective_leadership (the testament acted on: Stalin out of the
//   Secretariat, 2 June 1924); ending_trotsky_led (the same, with alliance == EarlyBloc, and the June
//   plenum follows Trotsky: the early deal, the testament, the army kept out of politics, C3c).
// No new globals: every later difference is read from the labelled choices below.
// ═══════════════════════════════════════════════════════════════════════════════════════════════

=== trotsky_act1
-> t3_funeral


// ─── 21 January 1924: the telegram at Tiflis ────────────────────────────────────────────────────
=== t3_funeral
{short_run: -> short_t3_funeral}
Tiflis station. You sit with Natalia in your carriage, burning with fever, on your way south to Sukhumi. # DATE: 21 January 1924 # PLACE: Tiflis railway station # ACT: Act I — The Funeral and the Testament
Your secretary brings a decoded telegram, his face grey.
Lenin died this evening at Gorki, at ten minutes to seven. The telegram is from Stalin. # MILESTONE: lenin_dies
~ lenin_dead = true
~ politburo -= Lenin
You get the Kremlin on the direct wire. The answer comes back: the funeral will be on Saturday; you cannot get back in time; continue your treatment.
"Saturday. You can barely stand, Lev. Could you even get there?" # SPEAKER: Natalia Sedova
- (offer)
The Tiflis comrades want something about Lenin for their papers. The stationmaster wants to know whether the train goes on. # DECISION: t3_funeral # TITLE: The telegram at Tiflis
* (return_at_once) [Find me a locomotive. I am going back]
    The railwaymen, who remember your armoured train from the Civil War, couple an engine to the other end of the carriage within the hour.
    The fever travels north with you. At a junction a telegram catches up: the funeral has been moved to Sunday, the twenty-seventh, so that delegations from the far ends of the Union can arrive. Nobody had thought to tell you.
    On Sunday you stand on Red Square in the bitter frost. Workers who have queued for hours by the bonfires see you, and pass your name along the lines. Zinoviev sees it too, and in his face you read the troika's private word for you: Bonaparte.
    Afterwards the doctors send you south again. But the party remembers that you came.
    ~ shift_mantle(10, FuneralAbsence)
    ~ shift_suspicion(5, Underestimated)
    In history: Trotsky, told Saturday, went on to Sukhumi; the funeral was on Sunday 27 January. Patenaude, following Eastman, thinks a special train could have brought him back and his oration might have been crucial, though probably not enough to change the Central Committee's majorities. # FACT: F013 F095 F012
* (demand_date) [Wire Moscow: confirm the date. And send them words to read over him]
    You send farewell pages down the wire to be read over the coffin, and a second message: confirm the date; you are ready to return by special train.
    The train goes on south while you wait. The answer finds you two days later on the coast: the funeral has been moved to Sunday. By now the fever has you flat on your back.
    Kalinin, Zinoviev and Stalin speak over the coffin. Your pages appear in the newspapers. Nobody reads them aloud on Red Square.
    You keep both answers in a folder: the one that said Saturday, and the one that came too late.
    ~ shift_between(Mantle, -5, 0, FuneralAbsence)
    In history: Trotsky did not question the date; he wrote a short tribute and went on to Sukhumi. His charge that he was deliberately misled is supported by Bazhanov and Broué; Patenaude and Eastman note that he could still have returned. # FACT: F013 F095 F012
* (go_on) [Go on. I could not get there in time #HISTORICAL]
    You write a few pages for the Tiflis comrades, "Lenin is no more", and the train goes on south to the palms and the mimosa.
    On Sunday the 27th, in a bitter frost, Lenin is carried out onto Red Square. Kalinin, Zinoviev and Stalin speak over him. You are not there.
    Sunday. Not Saturday. You tell Natalia you were deceived, and she believes you. Most people will simply remember the empty place.
    ~ shift_mantle(-8, FuneralAbsence)
    ~ shift_left(-3, FuneralAbsence)
    In history: the charge that he was misled on purpose is Trotsky's, supported by Bazhanov and Broué; Patenaude and Eastman think a special train could still have got him there. Most historians see the absence as damaging. # FACT: F013 F095 F012
- -> t5_army


// ─── February–March 1924: the War Commissariat is taken apart ─────────────────────────────────────
=== t5_army
{short_run: -> short_t5_army}
Sukhumi, the mimosa over, the Moscow papers a day behind. # DATE: March 1924 # PLACE: Sukhumi
{t3_funeral.return_at_once: You came back here after the funeral. The fever did not care that you had stood on Red Square.}
A Lenin Enrolment is to bring hundreds of thousands of workers into the party through the Secretariat's forms; your friends call it a flood to drown the December discussion.
Then the army. In January the troika removed Antonov-Ovseenko, your man at its political directorate. Now Sklyansky, your deputy since the Civil War, is moved out, and Mikhail Frunze moved in: a real soldier, and the majority's man.
- (offer)
Officers who served under you write that they are waiting for a word. A word could fill halls with resolutions in your name. It could also prove everything Zinoviev says about you. # DECISION: t5_army # TITLE: The War Commissariat taken apart
* (accept_quietly) [Frunze will do. The army is not my private property #HISTORICAL]
    You agree. Moscow says you are tired, or proud, or sulking; nobody says dangerous. Your officers read the silence as an order, and the letters stop.
    ~ shift_army(-10, Patronage)
    ~ shift_suspicion(-4, Personality)
    In history: Trotsky accepted, and never used the army politically. # FACT: F022 F096
* (protest) [Put a protest to the Politburo in writing]
    You write to the Politburo: the War Commissariat is being taken apart behind its commissar's back while he lies ill at the other end of the country. Every word is true.
    The reply is courteous and changes nothing. {t3_funeral.go_on: It hopes you are recovering. It does not mention the funeral.} Five members of the Politburo have decided, and the sixth is in Sukhumi.
    A few of your people keep their posts. The rest go. Your letter is filed, to be quoted back to you one day as proof that you put yourself above the Central Committee.
    ~ shift_between(Army, -8, -2, Patronage)
    ~ shift_suspicion(5, Underestimated)
    In history: Trotsky did not fight the changes. The troika had removed Antonov-Ovseenko in January 1924 and made Frunze his deputy; in January 1925 he lost the War Commissariat itself. A written protest would plausibly have changed little while the Politburo majority controlled appointments. # FACT: F022 F049 F096
* (mobilise_cells) [Answer the letters: let the army's party cells speak]
    You answer the letters. No orders, nothing illegal: only a word that comrades in the army are free to say what they think of the New Course.
    They say it. Academies, staffs and garrison cells pass resolutions in your support. Your name is cheered in rooms full of men with revolvers on their belts.
    In the Kremlin it looks exactly like what Zinoviev has been predicting, and he says so from the platform of the Leningrad Soviet.
    "Comrades, we have read our French history. We know how revolutions end when the army chooses its own master." # SPEAKER: Zinoviev
    Stalin says nothing in public, and has every resolution copied to the Secretariat.
    ~ shift_army(6, CivilWarMethods)
    ~ shift_suspicion(15, FactionBan)
    ~ shift_mantle(-5, FactionBan)
    ~ shift_apparatus(-5, Centralism)
    In history: Trotsky never used the army politically, and later said a military move would have destroyed what he was fighting for. Pressure through the army cells would plausibly have handed the troika the charge of factionalism under the 1921 ban, and fed the fear of a Bonaparte that Figes and Deutscher see behind Zinoviev and Kamenev's choices. # FACT: F022 F084 F020
- -> t4_testament


// ─── c. 21–22 May 1924: Lenin's letter at the CC plenum ─────────────────────────────────────────
=== t4_testament
{short_run: -> short_t4_testament}
The old Central Committee meets for the last time, the delegation leaders along the walls. # DATE: 21–22 May 1924 # PLACE: The Kremlin, plenum of the Central Committee
Krupskaya has handed over Lenin's Letter to the Congress, and Kamenev reads it aloud. Stalin has concentrated unlimited power in his hands. Trotsky: perhaps the most able man in the Central Committee, and too sure of himself. Zinoviev and Kamenev's October was no accident. Then the postscript: Stalin is too rude; find a way to remove him as General Secretary.
Stalin sits on the steps below the presidium and looks at the window.
"Every word of Ilyich is law to us. But on one point we can all be glad: his fears about our General Secretary have proved groundless." # SPEAKER: Zinoviev
"I propose that the letter be read to each delegation separately. Not to the Congress in session, and not published." # SPEAKER: Kamenev
{alliance == EarlyBloc: Kamenev does not look at you as he says it. Your understanding of last autumn is in the room, unspoken: if you move, he will not stand in your way.}
"It was his wish that the Congress should hear it." # SPEAKER: Krupskaya
{t3_funeral.demand_date: In your folder there is still the answer that said Saturday.}
{t5_army.mobilise_cells: Everyone here has read the resolutions of the army cells. When Zinoviev says "unity", he looks at you.}{t5_army.protest: Your written protest about the War Commissariat is in the Politburo's files. Zinoviev has quoted it twice this spring.}
- (offer)
~ forum_ahead_is(Plenum)
Every eye in the room that is not on Stalin is on you. # DECISION: t4_testament # TITLE: Lenin's letter at the plenum
* (back_krupskaya) [Krupskaya is right. The Congress must hear it, and Stalin must go]
    You stand. Lenin's letter belongs to the party, not to a committee it criticises by name. Let the Congress hear every word, about every one of us, and let it do what Lenin asked.
    {t3_funeral.demand_date: You lay the two answers about the funeral on the table beside the letter. Nobody picks them up. Everybody reads them.}
    Krupskaya looks at you for the first time in the meeting. Kamenev looks at Zinoviev.
    -> count
* (literal_remedy) [Ask for what Lenin asked, no more: another General Secretary]
    You do not raise your voice. Lenin did not ask for anyone's head, you say. He asked for one change: another General Secretary, more patient, more polite. Stalin keeps his seat in the Politburo. The party keeps its unity. And Lenin's wish is kept.
    It is so reasonable that for a moment nobody can think of an answer. Here and there along the walls, someone nods.
    -> count
* (stay_silent) [A fight over a dead man's letter is beneath me #HISTORICAL #NO_VOTE]
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
~ motion_is(ForYou, (), Stalin)
~ temp removed = vote("CC plenum", Plenum, CC_1923, support, 0)
{removed: -> stalin_removed | -> motion_fails}

= stalin_removed
For a moment nobody moves. Then the count is checked, and it stands.
Zinoviev is the first to understand what has happened and, being Zinoviev, the first to get in front of it.
"The Central Committee bows to the will of Ilyich. After the Congress, the new Committee will choose another General Secretary." # SPEAKER: Zinoviev
{t4_testament.back_krupskaya: The Congress will hear the letter in session. Krupskaya sits down slowly, like a woman putting down something heavy.}
Stalin gets up from the steps. If the party wishes it, he says, he will go. He says it quietly, as if it cost him nothing. He keeps his seat at the table.
~ shift_mantle(8, TestamentBuried)
~ shift_apparatus(8, TestamentBuried)
~ shift_suspicion(8, Underestimated)
-> testament_history

= motion_fails
{minority() >= CLOSE_MINORITY: It is close, but not close enough.|It is not close.} Zinoviev's Leningraders vote with Kamenev's Muscovites, and the men from the provinces vote with the Secretariat that sent them there.
{t4_testament.back_krupskaya: The letter will go to the delegations one by one, behind closed doors, with a comrade from the majority on hand to explain it.|Lenin's one request has been put to a vote and refused. The letter goes to the delegations behind closed doors.}
Stalin does not look at you. He does not need to. You attacked and lost, and the whole Central Committee watched you do it.
~ shift_mantle(3, TestamentBuried)
~ shift_suspicion(6, Votes)
~ shift_apparatus(-4, Votes)
-> testament_history

= silence
You shrug, look at the ceiling, and let your contempt speak for you. It is not a language the men from the provinces understand.
Kamenev's proposal carries easily: the letter goes to each delegation behind closed doors, with a comrade from the majority to explain it. They will not protect Stalin for ever, you tell yourself.
~ shift_mantle(-4, TestamentBuried)
~ shift_suspicion(-3, Personality)
-> testament_history

= testament_history
In history: Trotsky said nothing. Service stresses that Lenin asked only for Stalin's removal as General Secretary.{not t4_testament.stay_silent: Had the letter been acted on, historians think the likeliest result is that Stalin loses the post but keeps his Politburo seat and his network (Kotkin); a Zinoviev-led collective leadership is plausible (Figes, Deutscher); Roberts judges that the efforts to use the testament did not get very far.} # FACT: F016 F017 F019 F093
-> t4_congress


// ─── 23–31 May 1924: the 13th Party Congress ────────────────────────────────────────────────────
=== t4_congress
{short_run: -> short_t4_congress}
The Thirteenth Party Congress: 748 voting delegates, most of them chosen by committees whose secretaries the Secretariat appoints. # DATE: 23–31 May 1924 # PLACE: Moscow, the 13th Party Congress # MILESTONE: thirteenth_congress
{
- t4_testament.stalin_removed && t4_testament.back_krupskaya:
    Lenin's letter has been read to the Congress in session. The hall heard "too rude" in silence, and then in whispers. Stalin still sits in the presidium. The corridors talk of nothing but who will run the Secretariat.
- t4_testament.stalin_removed:
    The delegations know that Stalin is to leave the Secretariat. He still sits in the presidium and gives the organisational report as if nothing had happened. The corridors talk of nothing but who comes next.
- else:
    Stalin gives the organisational report, calm and full of figures.
}
Zinoviev gives the political report, and wants you at the rostrum admitting your errors.
"Comrade Trotsky has only to come up here and say: I was wrong, and the party was right." # SPEAKER: Zinoviev
{t5_army.mobilise_cells: He wants the army resolutions explained, too. The word he uses from the rostrum is Bonapartism, and the hall applauds it.}
{t4_testament.stalin_removed: Losing his ally in the Secretariat has not made him love you. He has a place to fill, and your shadow to fill it against.}
- (offer)
~ forum_ahead_is(Congress)
Your name is called. The hall goes quiet in the way it only goes quiet for you. # DECISION: t4_congress # TITLE: The 13th Party Congress
* (party_always_right) [Nobody can be right against the party. But I will not lie to it #HISTORICAL]
    "None of us wishes to be right, or can be right, against the party. In the last analysis the party is always right, because it is the only instrument history has given the working class." # SPEAKER: Trotsky
    But you will not call your criticisms false, because you do not believe they were.
    It is dignified. It is also a retreat.
    ~ shift_suspicion(-3, Personality)
    ~ shift_left(-4, Personality)
* (name_apparatus) [Defend the New Course, and name the apparatus to its face]
    You defend every line of the New Course. Then you name the thing itself: secretaries appointed from above, who choose the delegates, who elect the committee, which appoints the secretaries. A closed circle, with the party outside it.
    Half the hall is that circle. You watch them understand that you mean them.
    The young delegates with consultative voices cheer until the chairman rings for order. {t4_testament.stalin_removed: Some of the voting delegates, for the first time, do not look away.}
    ~ shift_left(8, RadicalMood)
    ~ shift_mantle(-2, Centralism)
    ~ shift_apparatus(-6, Centralism)
    ~ shift_suspicion(8, FactionBan)
* (recant) [Give them their recantation]
    You say it. Your criticisms were mistaken, the discussion harmed the party, and you submit to its decisions without reservation.
    The hall applauds, and the applause is worse than silence. Zinoviev thanks you like a man collecting a debt.
    That night the young comrades who carried your letters through the Moscow cells in December do not come to see you. You do not blame them.
    ~ shift_suspicion(-10, FactionBan)
    ~ shift_left(-12, FactionBan)
    ~ shift_mantle(-6, Misrepresentation)
- (resolution)
~ temp condemn = against_you(Congress)
{t4_testament.stalin_removed:
    ~ condemn -= TESTAMENT_OBEYED
}
The Congress votes on the resolution endorsing January's condemnation of the opposition.
{t4_congress.recant:
    ~ motion_is(YouYield, Zinoviev, Trotsky)
- else:
    ~ motion_is(AgainstYou, Zinoviev, Trotsky)
}
~ temp condemned = vote("13th Congress", Congress, CONGRESS_13, condemn, 0)
{
- not condemned:
    The resolution falls. For the first time since Lenin fell ill, a Congress has refused the majority something it asked for. Nobody in the hall quite knows what that means, least of all you.
- minority() >= NOTICED_MINORITY:
    A minority of {votes_against} is not a victory. But it is a number, and numbers are remembered.
- t4_congress.recant:
    Even your friends vote for it. You asked them to.
- else:
    {votes_against > A_FEW_HANDS: It carries. {votes_against} hands against it, and the Secretariat notes whose.|{votes_against > 0: It carries with barely a hand against it.}}
}
In history: Trotsky refused to recant, and the Congress endorsed the condemnation. He kept his seats in the Central Committee and the Politburo.{t4_congress.name_apparatus: A frontal attack on the apparatus would plausibly have won the young and hardened the majority, as the 1923 debate had.}{t4_congress.recant: Recantation was the road Zinoviev and Kamenev themselves took in 1928; it kept them in the party, but it did not keep them safe.} # FACT: F015 F029 F096 F062
-> trotsky_june


// ─── 2 June 1924: the first plenum of the new Central Committee ─────────────────────────────────
=== trotsky_june
{short_run && not t4_testament.stalin_removed: -> short_trotsky_june}
The first plenum of the new Central Committee. # DATE: 2 June 1924 # PLACE: The Kremlin, plenum of the Central Committee
~ politburo += Bukharin
~ candidates -= Bukharin
Bukharin becomes a full member of the Politburo: quick, warm, liked by almost everyone, you included. One more vote for the majority.
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
    ~ motion_is(ForYou, Zinoviev, ())
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
    The plenum refuses, as everyone knew it would.
    {t4_testament.stay_silent: You could have made that refusal harder. You did not.}
}
You keep a seat at the table, a commissariat with another man's deputy in it, and the most famous name in the party.{t4_congress.recant: You also have a recantation in the Congress minutes.}
In history: Bukharin joined the Politburo, and Stalin's offer to resign was refused, on 2 June 1924. # FACT: F010 F018
{t4_testament.stalin_removed: -> ending_collective_leadership}
-> trotsky_act2
