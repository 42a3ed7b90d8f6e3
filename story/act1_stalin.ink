// ═══════════════════════════════════════════════════════════════════════════════════════════════
// ACT I · STALIN · January–June 1924
// Historical frame: Lenin dies at Gorki (21 Jan). Trotsky, told the funeral is on Saturday, stays in
// the south; it is held on Sunday 27 Jan. Stalin gives the "oath" speech to the Second Congress of
// Soviets (26 Jan) and is a pallbearer on Red Square (27 Jan). The CC plenum of 29–31 Jan proclaims
// the Lenin Enrolment (c. 240,000 admitted 15 Feb–15 May). Lenin's "Letter to the Congress" is read
// to the CC plenum (c. 21–22 May); Zinoviev and Kamenev save Stalin; the 13th Congress (23–31 May)
// condemns Trotsky's opposition; at the first plenum after it (2 Jun) Stalin offers to resign and is
// refused, and Bukharin becomes a full Politburo member.
// Decision points (knot name = DECISION id): s3_telegram, s3_oath, s4_enrolment, s5_testament.
// Reads: the six meters; read counts of the decision knots' labelled choices and stitches.
// Writes: meters (through shift / shift_between only), lenin_dead, politburo, candidates,
//   general_secretary.
// Votes: the CC plenum on Kamenev's proposal (or, after a challenge to the letter, on reading it to the
//   Congress); the June plenum on Stalin's resignation.
// Endings (endings.ink): ending_collective_leadership (the June 1924 plenum accepts his resignation:
//   likelier if meant, or if the Congress heard the letter); ending_stalin_out_of_secretariat (he
//   challenges the letter, the plenum sends it to the Congress, and the new Committee removes him).
// No new globals: every later difference is read from the labelled choices below.
// ═══════════════════════════════════════════════════════════════════════════════════════════════

=== stalin_act1
Gorki, in the snow outside Moscow. Lenin died this evening, at ten minutes to seven. # DATE: 21 January 1924 # PLACE: Gorki, near Moscow # MILESTONE: lenin_dies # ACT: Act I — The Funeral and the Testament
~ lenin_dead = true
~ politburo -= Lenin
By night the leaders have come, and stand in their coats by Krupskaya, not looking at each other. There is talk of other letters, not yet read aloud.
-> s3_telegram


// ─── 22 January 1924: the telegram to Tiflis ────────────────────────────────────────────────────
=== s3_telegram
{short_run: -> short_s3_telegram}
The next day the business of death begins: a funeral commission under Dzerzhinsky, bulletins, a Congress of Soviets. # DATE: 22 January 1924 # PLACE: Moscow, the Kremlin
And Trotsky. Your telegram reached him last night at Tiflis station, on his way south with a fever. On the direct wire he was told the funeral would be on Saturday, too soon to make it.
Now the funeral is moving to Sunday, the twenty-seventh, for the delegations from the far ends of the Union. A wire could still reach Trotsky, and a special train bring him back.
"He is ill. Let him rest." # SPEAKER: Kamenev
- (offer)
Nobody else says anything. # DECISION: s3_telegram # TITLE: The telegram to Tiflis
* (true_date) [Wire him: Sunday. The Politburo expects him]
    You dictate it yourself: the funeral is on Sunday; a special train can do it.
    Kamenev raises his eyebrows. Zinoviev says nothing at all. Trotsky on Red Square, in front of the crowds, is not a picture either of them likes.
    It costs you something you cannot see yet. It also buys something. Whatever is said about you in the years to come, it will not be this.
    ~ shift_suspicion(-4, Moderation)
    ~ shift_left(-3, Alliances)
* (leave_to_others) [The funeral is the commission's business]
    You push the papers across the table. Everyone assumes someone else will send the new date south. Nobody does.
    If anyone asks later, there is nothing with your name on it.
    ~ shift_mantle(2, FuneralAbsence)
    ~ shift_suspicion(-2, Underestimated)
* (let_stand) [Say nothing more #HISTORICAL]
    No second wire goes south. Trotsky's train goes on towards the palms and the sea.
    ~ shift_mantle(4, FuneralAbsence)
- In history: what is established is that Trotsky was told Saturday, the funeral was on Sunday 27 January, and no correction reached him. Who decided that, and whether on purpose, is disputed: Trotsky, Bazhanov and Broué say he was deceived; Patenaude and Eastman note that a special train could still have brought him back.{s3_telegram.true_date: Had he come, Patenaude thinks his oration might have been crucial, though probably not enough to change the Central Committee's majorities.} # FACT: F013 F095
-> s3_oath


// ─── 26 January 1924: the Second Congress of Soviets ────────────────────────────────────────────
=== s3_oath
{short_run: -> short_s3_oath}
The Bolshoi Theatre, hung with black: the Congress of Soviets meets in mourning. # DATE: 26 January 1924 # PLACE: Moscow, the Bolshoi Theatre: Second Congress of Soviets
Before the day is out it will rename Petrograd Leningrad and order a mausoleum by the Kremlin wall.
Krupskaya speaks first, then the leaders. The speech in your pocket is not like theirs: short sentences, each ending in the same vow, like the responses you learned at the Tiflis seminary, where you were sent at fifteen to become a priest. # DECISION: s3_oath # TITLE: The oath at the Congress of Soviets
* (oath) ["We vow to you, Comrade Lenin…" #HISTORICAL]
    You speak slowly, in your Georgian accent, without a flourish. Lenin left us a behest, you say: to hold high and keep pure the great title of member of the party.
    "We vow to you, Comrade Lenin, that we will fulfil your behest with honour!" # SPEAKER: Stalin
    Then five more: for the party's unity, the dictatorship of the proletariat, the alliance with the peasants, the union of the republics, the International. A priest's cadence from a Bolshevik. By morning Lenin's disciple has a face.
    ~ shift_mantle(12, Discipleship)
* (leave_ritual) [A few plain words. Let Zinoviev do the grieving]
    You fold the speech back into your pocket. You say a few words about the party, and sit down.
    Zinoviev, who has a gift for public grief, takes the day. Kalinin, the peasant president, speaks for the villages. Nobody will remember what you said, which is perhaps what you wanted.
    ~ shift_mantle(3, Discipleship)
    ~ shift_suspicion(-4, Underestimated)
    ~ shift_left(3, Alliances)
* (sober_tribute) [No incense. Speak of the work ahead]
    You speak about the work: the party to be built, the cadres to be trained, the union of republics to be held together. No vows. Lenin had no patience for incense.
    It lands well with the managers and the trade-union men, less well with a hall that wanted something to weep to. Rykov and Tomsky nod. The papers print it on an inside page.
    ~ shift_mantle(5, Discipleship)
    ~ shift_right(5, Moderation)
- In history: the oath was given on 26 January. The Lenin cult was a collective project, but Stalin made the disciple's role his own.{not s3_oath.oath: Leaving the vows unsaid would plausibly have cost him the disciple's image that became one of his lasting assets.} # FACT: F012 F014 F086
-> red_square


// ─── 27 January 1924: the funeral ───────────────────────────────────────────────────────────────
=== red_square
Red Square, in a bitter frost. # DATE: 27 January 1924 # PLACE: Moscow, Red Square
You carry the coffin with the others, your shoulder under the wood. Then the speeches: Kalinin, Zinoviev, and you.
{s3_oath.oath: Yesterday's vows are already in the crowd's mouth.}
{
- s3_telegram.true_date:
    Trotsky is here. He came up from the Caucasus by special train, grey with fever, and the crowd knows his face before it knows yours. He does not look at you. He does not need to.
- else:
    Trotsky is not here. He is on the Black Sea coast, and half the square notices the empty place before it notices who is standing in it.
}
-> s4_enrolment


// ─── 29–31 January 1924: the Lenin Enrolment ────────────────────────────────────────────────────
=== s4_enrolment
{short_run: -> short_s4_enrolment}
The Central Committee meets two days after the funeral, with black crêpe still on the doors. # DATE: 29–31 January 1924 # PLACE: Moscow, the Kremlin: plenum of the Central Committee
Rykov will take Lenin's chair in the government. The party Lenin left is small, tired and short of workers at the bench. The proposal: a Lenin Enrolment of the best workers from the factories.
"The factories are waiting. The question is who holds the door." # SPEAKER: Molotov
Molotov has drafted the forms already. # DECISION: s4_enrolment # TITLE: The Lenin Enrolment
* (mass_intake) [Open the doors wide. The provincial secretaries will manage it #HISTORICAL]
    Between February and May some 240,000 join, nine in ten of them workers, every application passing through committees your Secretariat staffs. Some want a better job or a room; some believe. Gratitude is not loyalty, and you know it.
    ~ shift_between(Apparatus, 2, 12, NewMembers)
    ~ shift_suspicion(2, NewMembers)
* (selective) [A narrow door. Lenin wanted no careerists]
    You argue for a narrow door: tens of thousands, not hundreds of thousands; long candidacies; old Bolsheviks to vouch for every recruit. Lenin, you remind them, wanted a party purged of careerists, not swollen with them.
    The old guard approves. The provincial secretaries, who wanted numbers, grumble and obey.
    ~ shift_between(Apparatus, -2, 4, NewMembers)
    ~ shift_mantle(4, Discipleship)
* (through_unions) [Let Tomsky's unions choose the best]
    You hand the door to Tomsky's trade unions and the local soviets: let the factory committees choose their best.
    "At last, the unions as a school of communism, the way Ilyich wanted." # SPEAKER: Tomsky
    Tomsky is delighted. The provincial secretaries are not. The recruits who come in this way owe the Secretariat nothing, and their union chairmen a good deal.
    ~ shift_right(8, Alliances)
    ~ shift_between(Apparatus, -4, 4, NewMembers)
- In history: membership passed a million by 1926. Siegelbaum finds the Opposition's charge of obedient recruits plausible but incomplete.{not s4_enrolment.mass_intake: A smaller intake, or one run through other channels, would plausibly have given the Secretariat fewer new members to process, though no recruit was simply anyone's tool.} # FACT: F040 F081 F080
-> s5_testament


// ─── c. 21–22 May 1924: Lenin's letter at the CC plenum ─────────────────────────────────────────
=== s5_testament
{short_run: -> short_s5_testament}
The old Central Committee's last plenum before the Thirteenth Congress. The delegation leaders stand along the walls. # DATE: 21–22 May 1924 # PLACE: The Kremlin, plenum of the Central Committee
In April you lectured on the Foundations of Leninism. {s3_oath.oath: The man of the oath has become the man of the textbook.}{s3_oath.leave_ritual: Zinoviev, who did the grieving in January, is sure the party hears Lenin in his voice, not yours.}{s3_oath.sober_tribute: The managers who liked your plain words at the Bolshoi read the lectures too; the party is learning to hear Lenin in your voice.}
Krupskaya has handed over Lenin's envelope, and Kamenev reads: Comrade Stalin has concentrated unlimited power in his hands. Trotsky is able, and too sure of himself. Then the postscript: Stalin is too rude; the comrades should find a way to remove him as General Secretary.
You sit on the steps below the presidium and look at the window.
{s3_telegram.let_stand: Trotsky looks at you once, the way a man looks at someone who told him Saturday.}
"Comrades, Ilyich's fears about our General Secretary have proved groundless. We have all seen him at work." # SPEAKER: Zinoviev
"Let each delegation hear it on its own, then. Not the Congress in session, and nothing printed." # SPEAKER: Kamenev
"Vladimir Ilyich wanted the Congress to hear it." # SPEAKER: Krupskaya
- (offer)
~ forum_ahead_is(Plenum)
They are saving you, because they fear Trotsky more. # DECISION: s5_testament # TITLE: Lenin's letter at the plenum
* (sit_silent) [Let them save me. I can always offer to go later #HISTORICAL]
    You say nothing. Zinoviev and Kamenev do the talking: you have made amends, and the party needs unity.
    Trotsky says nothing either. He shrugs, and looks at the ceiling.
    ~ shift_suspicion(-3, Underestimated)
    ~ shift_mantle(-2, TestamentBuried)
    The plenum votes on Kamenev's proposal.
    ~ motion_is(ForYou, Kamenev, ())
    ~ temp kept_private = vote("CC plenum", Plenum, CC_1923, for_you(Plenum) + ZK_SAVE_STALIN - LENINS_LETTER + mantle - DISCIPLE_NEUTRAL, 0)
    {kept_private: -> delegations_only | -> krupskaya_wins}
* (genuine_resignation) [Lenin asked one thing. Resign the Secretariat, and mean it]
    You stand. Lenin asked for one thing, you say, and the party will not begin its life without him by refusing it. Release me from the Secretariat. I will serve in the Politburo, or wherever I am sent.
    You mean it, and the room can tell. That is what frightens Zinoviev. A Stalin who asks to be kept is useful. A Stalin who walks away leaves him alone at the table with Trotsky.
    The plenum refers the question to the new Central Committee, after the Congress. Until then, you keep the keys.
    ~ shift_mantle(8, Discipleship)
    ~ shift_left(-3, Alliances)
    -> testament_history
* (challenge_provenance) [Who typed this letter? Who can prove it is Lenin's?]
    You get up from the steps. Quietly, you ask who typed this letter, and when, and from what notes. It is not signed. It was taken down in a sickroom his wife controlled. Who can say what a dying man dictated, and what was added afterwards?
    For a moment the room is too shocked to breathe. Then Krupskaya's face closes like a door.
    You have said aloud what nobody says: that Lenin's last words might be someone else's. Zinoviev, who was about to save you, sits down again.
    {s3_oath.oath: Four months ago you swore six oaths to this man in the Bolshoi Theatre. Several people here remember every one.}
    ~ shift_mantle(-10, Misrepresentation)
    ~ shift_suspicion(12, Personality)
    "Then let the whole Congress hear it, and judge." # SPEAKER: Krupskaya
    The plenum votes on reading the letter to the Congress in session.
    ~ temp exposure = against_you(Plenum)
    {s3_telegram.let_stand:
        ~ exposure += SATURDAY_REMEMBERED
    }
    {s3_oath.oath:
        ~ exposure += OATH_REMEMBERED
    }
    ~ motion_is(AgainstYou, (), Stalin)
    ~ temp read_aloud = vote("CC plenum", Plenum, CC_1923, exposure, 0)
    {read_aloud: -> letter_to_congress | -> challenge_survived}

= delegations_only
Kamenev's proposal carries: the letter goes to the delegations behind closed doors, with a comrade from the majority to explain that Lenin was very ill, and is not published.
Zinoviev catches your eye, pleased with himself. He thinks he has just bought a General Secretary.
-> testament_history

= krupskaya_wins
Kamenev's proposal fails. Krupskaya has won: the letter will be read to the Congress in session.
Zinoviev and Kamenev will defend you there too, more loudly. But seven hundred delegates are going to hear "too rude" read aloud.
~ shift_mantle(-5, TestamentBuried)
-> testament_history

= letter_to_congress
The hands go up, slowly at first. Krupskaya has won, and you have won it for her. The letter will be read to the Congress in session.
Zinoviev does not look at you. He does not need you any more. {s3_telegram.let_stand: Trotsky's friends are already asking, loudly, who told him the funeral was on Saturday.}
~ shift_suspicion(6, Personality)
~ shift_apparatus(-5, Votes)
-> testament_history

= challenge_survived
{minority() >= CLOSE_MINORITY: It is close, but the provincial men hold.|The provincial men hold.} The letter will go to the delegations behind closed doors, with a comrade from the majority on hand to explain it.
You have survived, and everyone in the room saw what it cost. Krupskaya will not forget. Neither will Trotsky.
~ shift_apparatus(3, Votes)
-> testament_history

= testament_history
In history: so Zinoviev and Kamenev persuaded the plenum.{s5_testament.genuine_resignation: A genuine resignation is the main counterfactual on Stalin's side: historians think he would most likely have kept his Politburo seat and many clients (Kotkin), with a Zinoviev-led collective leadership plausible (Figes, Deutscher).}{s5_testament.challenge_provenance: Kotkin has since raised doubts about how much of the letter was Lenin's own, but most historians accept it, and in 1924 attacking Lenin's last words was dangerous.} # FACT: F016 F017 F019 F020
-> stalin_congress


// ─── 23–31 May 1924: the 13th Party Congress ────────────────────────────────────────────────────
=== stalin_congress
The Thirteenth Party Congress: 748 voting delegates, most of them chosen by committees whose secretaries your office appointed. # DATE: 23–31 May 1924 # PLACE: Moscow, the 13th Party Congress # MILESTONE: thirteenth_congress
{
- s5_testament.letter_to_congress:
    The letter is read to the Congress in session, every word. The story of what you said about it at the plenum travels from delegation to delegation faster than the text. {s3_telegram.let_stand: In the corridors, Trotsky's friends are telling everyone who told him Saturday.} Even the delegates who owe you their posts keep their eyes on their papers.
- s5_testament.krupskaya_wins:
    The letter is read to the Congress in session. The hall hears "too rude" and looks at you. You look at your notes. Zinoviev and Kamenev defend you again.
- else:
    You give the organisational report: membership, cadres, the Lenin Enrolment, hours of figures.{s5_testament.genuine_resignation: Every delegate knows you have asked to leave the Secretariat. You read the figures as if the question were closed.}
}
Trotsky will not recant: no one, he says, can be right against the party. The Congress condemns his opposition, and Zinoviev and Kamenev think the victory is theirs.
-> stalin_june


// ─── 2 June 1924: the first plenum of the new Central Committee ─────────────────────────────────
=== stalin_june
The new Central Committee meets for the first time. # DATE: 2 June 1924 # PLACE: The Kremlin, plenum of the Central Committee
~ politburo += Bukharin
~ candidates -= Bukharin
Bukharin takes a full seat in the Politburo: the party's favourite theorist, quick and warm. Useful, you think.
{
- s5_testament.letter_to_congress:
    -> removed
- s5_testament.challenge_provenance:
    -> unchallenged
- else:
    -> resignation
}

= resignation
{s5_testament.genuine_resignation: You repeat your request from May, and this time you do not sit down afterwards. Release me from the Secretariat.|You rise and ask to be released as General Secretary: Lenin's letter must be respected. You do not expect to be taken at your word.}
{s5_testament.krupskaya_wins: The whole Congress has heard the letter. Some of the new members of the Committee heard it as an instruction.}
The plenum votes on whether to accept.
// Accepting the resignation is a motion against Stalin. Zinoviev and Kamenev need him against
// Trotsky (F020), so a tactical offer is refused unless the whole Congress has heard the letter.
~ temp release = against_you(Plenum)
{
- s5_testament.genuine_resignation:
    ~ release += MEANT_IT
- else:
    ~ release -= TACTICAL_OFFER
}
{s5_testament.krupskaya_wins:
    ~ release += LETTER_HEARD
}
{s5_testament.genuine_resignation:
    ~ motion_is(YouYield, (), Stalin)
- else:
    ~ motion_is(AgainstYou, (), Stalin)
}
~ temp accepted_it = vote("CC plenum", Plenum, CC_1924, release, 0)
{accepted_it: -> accepted | -> refused}

= accepted
~ general_secretary = Rudzutak
{s5_testament.genuine_resignation: The Central Committee takes you at your word.|The Central Committee takes you at your word. For a moment you do not understand the count; then you do.} Rudzutak, the quiet Latvian, a candidate of the Politburo, becomes General Secretary. Zinoviev, relieved and uneasy at once, will lead the collective leadership in all but name.
You keep your seat at the table. You keep the Orgburo's files in your head, and the names of every provincial secretary you ever appointed.
~ shift_apparatus(-15, Offices)
{s5_testament.genuine_resignation:
    ~ shift_mantle(6, Discipleship)
- else:
    ~ shift_mantle(2, Discipleship)
}
~ shift_suspicion(-5, Moderation)
In history: Stalin's offer at the first plenum after the Congress was refused. Service reads his offers as sensitive bullying, Kotkin as tactics, and Roberts says acceptance was never in question. # FACT: F018 F010
-> ending_collective_leadership

= refused
"The party needs Comrade Stalin exactly where he is." # SPEAKER: Zinoviev
You bow to the will of the Central Committee. {s5_testament.genuine_resignation: You offered in earnest, and they kept you.|} Now you can say, for the rest of your life, that you asked to go.
~ shift_apparatus(3, Offices)
{s5_testament.genuine_resignation:
    ~ shift_mantle(5, Moderation)
- else:
    ~ shift_mantle(3, Moderation)
}
In history: refused, and repeated in later years; Kotkin reads the offers as tactics. # FACT: F018 F010
-> stalin_act2

= unchallenged
Nobody asks you to resign, and you do not offer. Nobody mentions the plenum in May. Everybody remembers it.
The Secretariat stays yours. So does the silence around you when Krupskaya enters a room.
~ shift_apparatus(2, Offices)
In history: Stalin never attacked the letter; he offered to resign at the first plenum after the Congress and was refused. # FACT: F017 F018
-> stalin_act2

= removed
~ general_secretary = Rudzutak
The new Central Committee does what the letter asked. Rudzutak, the quiet Latvian, a candidate of the Politburo, becomes General Secretary. Zinoviev will lead the collective leadership in all but name.
You keep your seat in the Politburo, for now. Nobody proposes to take it. Nobody needs to.
~ shift_apparatus(-15, Offices)
~ shift_mantle(-6, Misrepresentation)
~ shift_suspicion(6, Personality)
In history: Stalin never attacked the letter. He offered to resign at the first plenum after the Congress and was refused, and the letter stayed unpublished in the USSR until 1956. # FACT: F018 F028
-> ending_stalin_out_of_secretariat
