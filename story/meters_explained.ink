// ─── The meters explained ─────────────────────────────────────────────────────────────────────────
// The words of the game's guide to the meters ("Meters explained") and of the coming forum: what each
// meter is, who at the table stands with it, where it weighs, what a high and a low reading mean. They
// sit in the story beside the rules they explain (align() in alignment.ink, vote() and standing() in
// functions.ink) and quote those rules' own CONSTs and lists (globals.ink), so a changed number changes
// the words with it. The game only shows them: it asks once per story for every meter's parts, each
// beat for the readings of the meters that moved, and for each kind of forum once.
// Meters are named as the game names them: "apparatus", "left", "right", "army", "mantle", "suspicion".

// One part of a meter's explanation: part is "what", "weighs", "high" or "low".
=== function meter_explained(meter, part)
{ part:
- "what":
    ~ return meter_what(meter)
- "weighs":
    ~ return meter_weighs(meter)
- "high":
    ~ return meter_high(meter)
- "low":
    ~ return meter_low(meter)
}
~ return ""

=== function meter_what(meter)
{ meter:
- "apparatus":
    ~ return "The party machine: the Secretariat, the provincial secretaries and the delegates they pick."
- "left":
    ~ return "A faction: Zinoviev's Leningrad machine and the radical youth."
- "right":
    ~ return "A faction: Bukharin, Rykov, Tomsky, the trade unions and the friends of NEP."
- "army":
    ~ return "The soldiers: the Red Army's commanders and its party cells."
- "mantle":
    ~ return "Your claim to be Lenin's heir: your standing as the true Leninist."
- "suspicion":
    ~ return "Not support but its opposite: how far your rivals fear you."
}
~ return ""

// Who at the table stands with the meter (its *_men), then what it counts for in each kind of forum.
=== function meter_weighs(meter)
{ meter:
- "apparatus":
    ~ return "{stand_with_it(apparatus_men)}In a congress or conference it makes {DELEGATES_APPARATUS} of every 100 points of your standing, at a Central Committee plenum {PLENUM_APPARATUS}, at a joint plenum {JOINT_APPARATUS}: whoever picks the voters weighs most."
- "left":
    ~ return "{stand_with_it(left_men)}{faction_weighs()}"
- "right":
    ~ return "{stand_with_it(right_men)}{faction_weighs()}"
- "army":
    ~ return "No member of the table votes with it, and no forum counts it: the party kept the army out of its votes."
- "mantle":
    ~ return "{stand_with_it(mantle_men)}In a congress or conference it makes {DELEGATES_MANTLE} of every 100 points of your standing, at a Central Committee plenum {PLENUM_MANTLE}, at a joint plenum {JOINT_MANTLE}."
- "suspicion":
    ~ return "Above {SUSPICION_NEUTRAL}, every point costs you {SUSPICION_UNITES} hundredths of a point of standing in every forum."
}
~ return ""

=== function faction_weighs()
~ return "In a congress or conference it makes {DELEGATES_FACTIONS} of every 100 points of your standing, at a Central Committee plenum {PLENUM_FACTIONS}, at a joint plenum {JOINT_FACTIONS}, and the same again for the other faction."

=== function stand_with_it(members)
{ LIST_COUNT(members):
- 0:
    ~ return ""
- 1:
    ~ return "{members} stands with it at the table. "
}
~ return "{and_list(members)} stand with it at the table. "

// "Rykov, Tomsky and Bukharin": a list of members in LIST Member order, for a sentence.
=== function and_list(members)
{ LIST_COUNT(members) <= 1:
    ~ return "{members}"
}
~ temp last = LIST_MAX(members)
~ return "{members - last} and {last}"

// The stances of align(), told once for every meter whose men vote by them.
=== function stances_told()
~ return "At {ALLIED_FROM} or more its men are your allies and vote with you; below {HOSTILE_BELOW} they turn against you; in between they waver, and vote with the majority. (Suspicion can pull them down; leading their bloc lifts them by {BLOC_BONUS}.)"

=== function meter_high(meter)
{ meter:
- "army":
    ~ return "High, the army would listen to you, which is why your rivals watch it."
- "mantle":
    ~ return "High, the party hears Lenin when you speak."
- "suspicion":
    ~ return "Above {FEAR_FROM}, rivals close ranks: every faction's support for you counts half a point less for each point above {FEAR_FROM}, and from {RIVAL_HOSTILE_FROM} your great rival is openly against you."
}
~ return stances_told()

=== function meter_low(meter)
{ meter:
- "apparatus":
    ~ return "Low, the delegates of every congress are chosen by men who owe you nothing."
- "army":
    ~ return "Low, the army takes its orders from the majority."
- "mantle":
    ~ return "Low, your rivals quote Lenin against you."
- "suspicion":
    ~ return "Low, they underestimate you, as Zinoviev and Kamenev underestimated Stalin."
}
~ return "Low, its leaders lead the vote against you."

// What a meter's value means now, for the guide's heading: "70: your rivals fear you enough to unite
// against you."
=== function meter_reading(meter, value)
{ meter:
- "suspicion":
    {
    - value > FEAR_FROM:
        ~ return "{value}: your rivals fear you enough to unite against you."
    - value > SUSPICION_NEUTRAL:
        ~ return "{value}: it is beginning to cost you votes."
    }
    ~ return "{value}: they do not yet see you as the danger."
- "army":
    ~ return "{value} of 100."
- "mantle":
    {
    - value >= ALLIED_FROM:
        ~ return "{value}: the party hears Lenin in you."
    - value < HOSTILE_BELOW:
        ~ return "{value}: your rivals quote Lenin against you."
    }
    ~ return "{value}: Lenin's heir is still an open question."
}
{
- value >= ALLIED_FROM:
    ~ return "{value}: its men stand with you."
- value < HOSTILE_BELOW:
    ~ return "{value}: its men are against you."
}
~ return "{value}: its men waver."

// ─── The coming forum ─────────────────────────────────────────────────────────────────────────────
// The kind of forum whose vote the player's next choice leads to (LIST ForumKind), so that the game can
// show what it will weigh while he chooses. A decision that goes to a vote says so before its choices:
//   ~ forum_ahead_is(Plenum)
// It holds for that choice only (the game shows it while forum_turn is the turn being chosen), and
// ballots() clears it when the vote is taken. Empty when no vote is coming. A choice of that decision
// that does not go to the vote says so with the choice tag #NO_VOTE (the game then names the choices that
// do); the random walks check both ways (test/story/walkSuite.ts: forumAheadChecker).
VAR forum_ahead = ()
VAR forum_turn = -1

=== function forum_ahead_is(kind)
// Only the table reads it: a simulated history (the What-if Lab's) has none.
{ simulating:
    ~ return
}
~ forum_ahead = kind
~ forum_turn = TURNS()

// How many of every 100 points of the player's standing a meter makes in a kind of forum: the weights
// standing() reads (functions.ink). forum is "Congress", "Conference", "Plenum" or "JointPlenum".
// Suspicion is not a weight but a cost: this returns SUSPICION_UNITES, the hundredths of a point of
// standing each point above SUSPICION_NEUTRAL costs, in every forum. The army counts nowhere.
=== function forum_weight(forum, meter)
{ meter:
- "suspicion":
    ~ return SUSPICION_UNITES
- "army":
    ~ return 0
}
{ forum:
- "Plenum":
    { meter:
    - "apparatus":
        ~ return PLENUM_APPARATUS
    - "mantle":
        ~ return PLENUM_MANTLE
    }
    ~ return PLENUM_FACTIONS
- "JointPlenum":
    { meter:
    - "apparatus":
        ~ return JOINT_APPARATUS
    - "mantle":
        ~ return JOINT_MANTLE
    }
    ~ return JOINT_FACTIONS
}
{ meter:
- "apparatus":
    ~ return DELEGATES_APPARATUS
- "mantle":
    ~ return DELEGATES_MANTLE
}
~ return DELEGATES_FACTIONS

// What a kind of forum is and what decides its votes, for the player before it votes.
=== function forum_about(forum)
{ forum:
- "Congress":
    ~ return "A Party Congress: hundreds of delegates chosen by provincial committees whose secretaries the Secretariat appointed. Whoever picks the voters weighs most, and delegates vote in blocs, so a lead becomes a landslide."
- "Conference":
    ~ return "A Party Conference: delegates chosen like a congress's, by the provincial committees. Whoever picks the voters weighs most."
- "Plenum":
    ~ return "A plenum of the Central Committee: some forty full members, whose own factions, the Left and the Right, weigh as much as the apparatus."
- "JointPlenum":
    ~ return "A joint plenum of the Central Committee and the Control Commission, whose members were chosen like delegates: the apparatus weighs more than at a plenum."
}
~ return ""

// The one rule every forum shares: suspicion unites the player's rivals.
=== function forum_suspicion()
~ return "In every forum, Suspicion above {SUSPICION_NEUTRAL} counts against you: your rivals unite."
