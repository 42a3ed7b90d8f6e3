// ─── Alignment: who stands where towards the player ──────────────────────────────────────────────
// Computed here, from what the story tracks (the meters, the blocs, who sits at the table), and
// observed by the game: the table turns the faces of `hostile` members against the player, and at
// every vote raises each member's card as ballots() says. TypeScript keeps no rule of its own.
//
// A member's stance follows the support of the faction he stands for (the *_men lists below):
//   allied    support at or above ALLIED_FROM: he votes with the player;
//   hostile   support below HOSTILE_BELOW: he votes against the player;
//   wavering  in between: he votes with the majority, as most of the Politburo did.
// Fear costs the player half of every point of suspicion above FEAR_FROM with every faction: when
// rivals fear him they close ranks (the troika in 1923, the Centre and the Right in 1926–27).
// A bloc the player has made moves its members' support by BLOC_BONUS: the troika for Stalin until
// Zinoviev joins Trotsky, the Right for Stalin until he turns on it, the New and United Opposition
// for Trotsky. Lenin follows Lenin's mantle alone, and fears nobody.
// The rival (Stalin for Trotsky, Trotsky for Stalin) is hostile once suspicion reaches
// RIVAL_HOSTILE_FROM and wavers below it, underestimating the player (F094); at a vote he is always
// on the other side.

// Its CONSTs and VARs are in globals.ink ("Alignment at the table"), with the story's others.

// Says what the next vote means for the player (LIST Motion in globals.ink); ballots() resets it.
=== function motion_is(side, by, about)
// Only the table's ballots read it: a simulated history (the What-if Lab's) casts none.
{ simulating:
    ~ return
}
~ motion = side
~ motion_by = by
~ motion_about = about

// The Member the player is, and his rival.
=== function you()
{ protagonist == "Stalin":
    ~ return Stalin
}
~ return Trotsky

=== function rival()
{ protagonist == "Stalin":
    ~ return Trotsky
}
~ return Stalin

// Recomputes allied, wavering and hostile from the meters and the blocs. Every move of a meter calls it
// (shifted()), so it stays cheap: integer tests inline, and the lists rebuilt only when a stance changes.
=== function align()
~ temp left_support = left
~ temp right_support = right
{ protagonist == "Trotsky":
    { alliance != NoAlliance:
        ~ left_support += BLOC_BONUS
    }
- else:
    {
    - alliance != NoAlliance:
        ~ left_support -= BLOC_BONUS
    - stalin_bloc == WithTroika:
        ~ left_support += BLOC_BONUS
    }
    {
    - right_defeated:
        ~ right_support -= BLOC_BONUS
    - stalin_bloc == WithRight:
        ~ right_support += BLOC_BONUS
    }
}
~ temp fear = MAX(0, suspicion - FEAR_FROM) / 2
~ left_support -= fear
~ right_support -= fear
~ temp apparatus_support = apparatus - fear
// Each faction's stance as 0 hostile, 1 wavering, 2 allied, packed in base 3.
~ temp code = 0
{
- mantle >= ALLIED_FROM:
    ~ code = 2
- mantle >= HOSTILE_BELOW:
    ~ code = 1
}
{
- left_support >= ALLIED_FROM:
    ~ code += 6
- left_support >= HOSTILE_BELOW:
    ~ code += 3
}
{
- right_support >= ALLIED_FROM:
    ~ code += 18
- right_support >= HOSTILE_BELOW:
    ~ code += 9
}
{
- apparatus_support >= ALLIED_FROM:
    ~ code += 54
- apparatus_support >= HOSTILE_BELOW:
    ~ code += 27
}
{ suspicion < RIVAL_HOSTILE_FROM:
    ~ code += 81
}
{ code == alignment_code:
    ~ return
}
~ alignment_code = code
~ allied = ()
~ wavering = ()
~ hostile = ()
~ place(mantle_men, code % 3)
~ place(left_men, (code / 3) % 3)
~ place(right_men, (code / 9) % 3)
~ place(apparatus_men, (code / 27) % 3)
~ place(rival(), code / 81)

=== function place(members, stance)
{
- stance == 2:
    ~ allied += members
- stance == 1:
    ~ wavering += members
- else:
    ~ hostile += members
}

// The ballots of a vote, for the table: what the motion means for the player, then one tag per side
// naming the members of the Politburo (full or candidate) who cast it:
//   MOTION: AgainstYou
//   BALLOT: for Stalin, Molotov, Kalinin
//   BALLOT: against Trotsky, Zinoviev
//   BALLOT: away Lenin
// decided by each member's stance and the motion (see above). Members who have fallen or died are
// not at the table and cast none; away members never vote. A large forum (a congress) shows its
// tally; its Politburo members vote as their blocs, the same way. vote() calls it with whether the
// motion carried; then the motion is reset for the next vote. Sets, not a loop: list operations are
// costly in inkjs.
=== function ballots(carried)
// The vote is taken: no forum is coming any more (meters_explained.ink).
~ forum_ahead = ()
~ align()
~ temp seated = politburo + candidates
~ temp voting = seated - away
~ temp player = voting ^ you()
~ temp rest = voting - player - motion_about - motion_by
~ temp ayes = (voting ^ motion_by) - player - motion_about
~ temp noes = (voting ^ motion_about) - player
// Who goes with the majority: the waverers, or, when the player does, everyone free to.
~ temp with_majority = rest + player
{ motion != WithMajority:
    ~ temp yours = rest ^ allied
    ~ temp theirs = rest ^ (hostile + rival())
    ~ with_majority = rest - yours - theirs
    {
    - motion == ForYou:
        ~ ayes += yours + player
        ~ noes += theirs
    - motion == AgainstYou:
        ~ noes += yours + player
        ~ ayes += theirs
    - else:
        ~ ayes += yours + theirs + player
    }
}
{ carried:
    ~ ayes += with_majority
- else:
    ~ noes += with_majority
}
~ temp said = "MOTION: {motion}"
# {said}
~ ballot_tag("for", ayes)
~ ballot_tag("against", noes)
~ ballot_tag("away", seated ^ away)
~ motion_is(ForYou, (), ())

=== function ballot_tag(side, members)
{ members:
    ~ temp tag = "BALLOT: {side} {members}"
    # {tag}
}
