// ═══════════════════════════════════════════════════════════════════════════════════════════════
// PROLOGUE · STALIN · December 1922 – January 1924 (Lenin's last struggle)
// Historical frame: Lenin's second series of strokes (13–16 Dec 1922). The CC plenum of 18 Dec restores
// the foreign-trade monopoly (Stalin had given way) and makes Stalin responsible for Lenin's isolation;
// Lenin's note to Trotsky (21 Dec); Stalin abuses Krupskaya by telephone (22 Dec); the testament is
// dictated (23 Dec 1922 – 4 Jan 1923) unknown to the leaders; the Georgian affair; Lenin's letter of
// 5 Mar 1923 demanding an apology or a break; the third stroke (10 Mar); the 12th Congress (17–25 Apr;
// Rudzutak a Politburo candidate); the Kislovodsk "cave meeting" (Jul–Aug); the CC plenum of 23–25 Sep;
// the scissors crisis; Trotsky's letter of 8 Oct, the Declaration of the 46, the New Course (Dec); the
// 13th Party Conference (16–18 Jan 1924), where Stalin reports on party building and publishes point 7
// of the 1921 ban. Act I opens at Gorki on 21 Jan 1924.
// Decision points (knot name = DECISION id): s2_lenins_anger (5–7 Mar 1923), s1_cave_meeting
//   (Aug 1923), s1_handover (Sept 1923, only if the September plenum accepts a resignation).
// Votes (vote() in functions.ink): the September 1923 plenum on the resignation; the 13th Party
//   Conference's condemnation of Trotsky's opposition.
// Reads: the six meters; read counts of the labelled choices above.
// Writes: meters (through shift / shift_between only), candidates (+= Rudzutak at the 12th Congress),
//   general_secretary (= Rudzutak, only on the branch that diverts to an ending).
// Endings (endings.ink): ending_stalin_out_of_secretariat, after three decisions: a resignation at the
//   cave meeting (s1_cave_meeting.resign_post; likelier to be taken after s2_lenins_anger.resign, whose
//   letter waits for the plenum), accepted by the September 1923 plenum (about 1 in 9), then the handover.
// No new globals: later acts read the labelled choices below if they need to.
// ═══════════════════════════════════════════════════════════════════════════════════════════════

=== stalin_prologue
{short_run: -> short_stalin_prologue}
The strokes of 13 to 16 December have paralysed Lenin's right side. Not his mind. # DATE: 18 December 1922 # PLACE: The Kremlin, plenum of the Central Committee # MILESTONE: lenin_second_strokes # ACT: Prologue — Lenin's Last Struggle
In October you voted to loosen the monopoly of foreign trade. Lenin called in Trotsky to defend it, and you gave way.
Then the plenum gives you something back: Lenin's isolation, as the doctors order. His visitors, his reading, his letters.
"Who better? You visited him more than any of us all summer." # SPEAKER: Kamenev
Three days later you learn that Lenin has dictated a note congratulating Trotsky, and that Krupskaya took it down.
On the twenty-second you telephone her. What you say is coarse, and you threaten her with the Control Commission. Nobody tells Lenin. Not yet.
~ shift_mantle(-3, Personality)
In the small room he goes on dictating. You do not hear what.
In history: so the plenum decided on 18 December 1922; Lenin's sister recorded that Stalin had visited him most that summer. # FACT: F004 F005 F006 F007
-> s2_lenins_anger


// ─── 5–7 March 1923: Lenin's ultimatum ──────────────────────────────────────────────────────────
=== s2_lenins_anger
{short_run: -> short_s2_lenins_anger}
Georgia is your country, and now your quarrel with Lenin. # DATE: 5–7 March 1923 # PLACE: Moscow, the Secretariat of the Central Committee
Lenin overruled your plan to fold the republics into Russia. The Georgian Communists, Mdivani and Makharadze, still fight you; your friend Ordzhonikidze struck one of them, and Dzerzhinsky's commission cleared him. All winter Pravda has printed Lenin's attacks on the Workers' and Peasants' Inspectorate you ran until last year: better fewer, but better.
- (offer)
On 5 March he asks Trotsky to take up the Georgian case. Then his secretary brings you a letter. He knows about the telephone call: apologise to his wife, he writes, or break off relations. The secretary waits. # DECISION: s2_lenins_anger # TITLE: Lenin's ultimatum
* (grudging) [I take my words back, if he insists. Georgia stays as it is #HISTORICAL]
    You dictate it standing up: you do not see the offence, you were enforcing the doctors' orders, but if he insists you take your words back. On Georgia, nothing. Let Trotsky come.
    ~ shift_mantle(-2, Personality)
    ~ shift_suspicion(2, Personality)
    In history: Stalin sent a grudging apology and gave ground on Georgia only at the Congress. Had Lenin stayed active until then, Lewin thinks Stalin would likely have lost the General Secretaryship. # FACT: F006 F008 F073
* (full_apology) [I was rude, and wrong. Apologise, and give way on Georgia]
    You write to Krupskaya first, without conditions: you were rude, and wrong. Then to him.
    Then the harder thing. You recall Ordzhonikidze to Moscow and tell the Georgians their republic will be heard in the Union, Lenin's way.
    Sergo will not forgive you soon. The Georgians do not believe you. But Lenin's secretaries say he read your letter twice.
    ~ shift_mantle(5, Discipleship)
    ~ shift_suspicion(-4, Moderation)
    ~ shift_apparatus(-3, Patronage)
    In history: Stalin made no such retreat. A full one might plausibly have blunted the attack Lenin was preparing for the Congress, though his letter to the Congress was already written. # FACT: F006 F008 F017 F073
* (resign) [If Lenin has no confidence in me, I resign the Secretariat]
    You write two letters: an apology to Krupskaya, and a request to the Politburo to release you from the Secretariat, since Lenin has lost confidence in you.
    Kamenev comes round at once. Zinoviev telegraphs from Petrograd. They want you smaller, not gone, and they will not put your letter to the Central Committee while Lenin can neither confirm nor withdraw it. It stays on the Politburo's table, with your name on it, until the plenum after the summer.
    ~ shift_apparatus(-6, Offices)
    ~ shift_mantle(6, Discipleship)
    ~ shift_suspicion(-6, Moderation)
    In history: Stalin did not resign. Lenin asked only for his removal as General Secretary, and Service stresses that he would have stayed in the leadership. # FACT: F017 F073 F018
- -> stalin_third_stroke


// ─── 10 March 1923: the third stroke ────────────────────────────────────────────────────────────
=== stalin_third_stroke
On 10 March a third stroke leaves Lenin without speech. The dictation is over. # DATE: 10 March 1923 # PLACE: The Kremlin # MILESTONE: lenin_third_stroke
{s2_lenins_anger.grudging: Whether he ever read your reply, nobody can say.}{s2_lenins_anger.resign: Your letter of resignation stays on the Politburo's table.} The bomb he was making for the Congress will not be thrown by its maker.
~ shift_apparatus(3, Luck)
-> stalin_twelfth_congress


// ─── 17–25 April 1923: the 12th Party Congress ──────────────────────────────────────────────────
=== stalin_twelfth_congress
{short_run: -> short_stalin_twelfth_congress}
The Twelfth Congress: 408 voting delegates, and you know most of their secretaries. # DATE: 17–25 April 1923 # PLACE: Moscow, the 12th Party Congress # MILESTONE: twelfth_congress
Of all your offices, only one matters now.
In history: not Nationalities or the Inspectorate (Rabkrin), but the General Secretaryship, held from 3 April 1922, with its control of appointments: he was the only full member of the Politburo, the Orgburo and the Secretariat. # FACT: F036 F037 F038 F039 F076
~ candidates += Rudzutak
{s2_lenins_anger.grudging: You condemn Great Russian chauvinism in Lenin's words, which costs nothing, then you and Ordzhonikidze take Mdivani's Georgians apart. Lenin's notes are read to the delegation leaders in private, and no further.}
{s2_lenins_anger.full_apology: Mdivani and Makharadze find little left to complain of. The delegates who expected a fight see a General Secretary who listened to Lenin.}
Trotsky talks of industry and price scissors, and says nothing about Georgia.
Lenin wanted a Central Committee of fifty to a hundred. The Congress enlarges it to forty, most of the new men provincial secretaries you know. Rudzutak joins the Politburo as a candidate.
~ shift_apparatus(3, Patronage)
-> s1_cave_meeting


// ─── August 1923: the "cave meeting" ────────────────────────────────────────────────────────────
=== s1_cave_meeting
{short_run: -> short_s1_cave_meeting}
In July, in a cave near Kislovodsk, Zinoviev and Bukharin talked about you. Sergo brought you the result: a letter. # DATE: August 1923 # PLACE: Kislovodsk, the North Caucasus
The Secretariat is to be made "political": you, Trotsky, and Zinoviev or Bukharin, deciding together. Now they sit across the table, tanned and reasonable.
"Nobody doubts your work. We only ask that the Secretariat belong to the whole Politburo." # SPEAKER: Zinoviev
{s2_lenins_anger.resign: Your letter of March still lies on the Politburo's table. Zinoviev has read it; so, he says, will the plenum in September.}
- (offer)
~ forum_ahead_is(Plenum)
They are asking you to share the keys. # DECISION: s1_cave_meeting # TITLE: The "cave meeting"
* (threaten) [If the comrades insist, I will clear out. Who else will do the work? #HISTORICAL]
    Nobody takes you up on it. Zinoviev, Trotsky and Bukharin get Orgburo seats instead. Zinoviev comes once or twice, Trotsky hardly at all.
    ~ shift_apparatus(2, Tactics)
    ~ shift_left(-3, Tactics)
    In history: Kotkin records the threat, and its success. # FACT: F018 F075 F076 F090
* (share) [Very well: a "political" Secretariat, shared]
    You agree. Zinoviev's man joins the Secretariat, and Trotsky, to your surprise, comes too.
    Now every list of appointments is fought line by line. The provincial secretaries learn something new: the General Secretary is one voice among three.
    ~ shift_apparatus(-10, Offices)
    ~ shift_left(6, Alliances)
    ~ shift_suspicion(-5, Moderation)
    In history: Stalin refused. Harris and Kotkin see the apparatus as the decisive resource; sharing it would plausibly have kept the leadership genuinely collective for longer. # FACT: F074 F075 F076 F080
* (resign_post) [Let the plenum release me. I go back to state work]
    {s2_lenins_anger.resign:You tell them the letter stands.|You write it out and send it to Moscow.} Let the Central Committee decide. It may well take you at your word.
    Zinoviev is horrified. He wanted a leash on you, not an empty chair beside Trotsky.
    ~ shift_apparatus(-5, Offices)
    ~ shift_mantle(4, Discipleship)
    -> september_plenum
- -> stalin_thirteenth_conference

= september_plenum
The Central Committee meets in late September, with your resignation on the agenda. # DATE: 23–25 September 1923 # PLACE: The Kremlin, plenum of the Central Committee
~ temp accept = against_you(Plenum) + LENINS_WISH_1923
{s2_lenins_anger.resign:
    ~ accept += RESIGNED_IN_MARCH
}
~ motion_is(AgainstYou, (), Stalin)
~ temp accepted_it = vote("CC plenum", Plenum, CC_1923, accept, 0)
{accepted_it: -> released | -> kept}

= released
~ general_secretary = Rudzutak
The plenum accepts. Rudzutak, already a secretary of the Central Committee, is to take your place at the end of the month.
You keep your seat in the Politburo, and your memory for names.
~ shift_apparatus(-12, Offices)
~ shift_suspicion(-5, Moderation)
In history: Stalin's threat was never put to a vote; when he did offer to resign, in June 1924, the plenum refused. Service stresses that even removal from the post would have left him in the leadership. # FACT: F018 F073
-> s1_handover

= kept
The plenum refuses. Zinoviev and Kamenev will not be left alone with Trotsky.
You stay by the Committee's will, but the provincial men have seen you pack, and Zinoviev's man now sits on the Orgburo.
~ shift_apparatus(-3, Offices)
~ shift_suspicion(-3, Underestimated)
In history: Stalin only threatened to resign in August 1923. His offers were always refused; Kotkin and Roberts read them as tactics. # FACT: F018 F090
-> stalin_thirteenth_conference


// ─── Late September 1923: the handover (only after the plenum accepts the resignation) ────────────
// Leaving the Secretariat takes three decisions: Lenin's ultimatum, the cave meeting, and this one.
=== s1_handover
A week to hand over the keys. Rudzutak comes every morning and sits at the side of your desk, taking notes. # DATE: September 1923 # PLACE: Moscow, the Secretariat of the Central Committee
The card index of the provincial secretaries is yours in every way but one: from the first of October it belongs to him. # DECISION: s1_handover # TITLE: Handing over the Secretariat
* (hand_over) [Hand over everything. The Nationalities need me]
    You show Rudzutak every drawer. Then you go back to the republics, the Union treaty and the quarrels of Tiflis.
    ~ shift_mantle(4, Discipleship)
    ~ shift_apparatus(-6, Offices)
    -> ending_stalin_out_of_secretariat
* (keep_men) [Hand over the office, and keep the men]
    Rudzutak gets the files. The provincial secretaries get a word from you, one by one: nothing has changed between us.
    ~ shift_apparatus(6, Patronage)
    ~ shift_suspicion(6, Patronage)
    -> ending_stalin_out_of_secretariat


// ─── 16–18 January 1924: the 13th Party Conference ──────────────────────────────────────────────
=== stalin_thirteenth_conference
{short_run: -> short_stalin_thirteenth_conference}
The Thirteenth Party Conference, 128 delegates voting. # DATE: 16–18 January 1924 # PLACE: Moscow, the 13th Party Conference # MILESTONE: thirteenth_conference
All autumn Trotsky and the forty-six wrote against secretaries appointed from above. Zinoviev shouted. You counted. The provincial committees voted the right way, and Trotsky took to his bed with a fever.
Then you read out the secret seventh point of Lenin's ban on factions of 16 March 1921: a member of the Central Committee who breaks discipline can be expelled by two votes in three at a joint plenum. You do not say whom you mean.
The resolution calls the opposition a petty-bourgeois deviation from Leninism.
- (tally)
// The motion condemns Trotsky's opposition: it is Stalin's, so it leans as he stands.
~ temp condemn = for_you(Conference) + CONDEMN_DEVIATION
{s1_cave_meeting.share:
    ~ condemn -= SHARED_SECRETARIAT
}
~ away += Trotsky
~ motion_is(ForYou, (), Trotsky)
~ temp condemned = vote("13th Party Conference", Conference, CONFERENCE_13, condemn, 0)
~ away -= Trotsky
{
- not condemned:
    It falls. For the first time, your count was wrong.
- votes_against > A_FEW_HANDS:
    Against it: {votes_against} hands. You will remember whose.
- else:
    {votes_against > 0: A few hands against. You will remember whose.}
}
{s1_cave_meeting.share: Zinoviev's man in the Secretariat drafted half of it, and will want the credit.}
~ shift_mantle(4, FactionBan)
~ shift_suspicion(2, Votes)
In history: so the Conference ruled, and published point 7 to warn Trotsky. # FACT: F029 F084 F011
Three days later, in the evening, the telephone rings from Gorki.
-> stalin_act1
