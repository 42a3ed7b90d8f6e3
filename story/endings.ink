// ═══════════════════════════════════════════════════════════════════════════════════════════════
// ENDINGS · provisional endings of Act I (June 1924)
// Each ending knot opens with a line tagged ENDING: <id>, says that Act I ends here for now, reads the
// run's state (meters and the act's labelled choices) to say what it means historically, names the
// historians whose views FACTBASE records, and ends the story. Later acts will replace these stops.
// Trotsky: act1_trotsky_isolated (history), act1_trotsky_secretariat_falls, act1_trotsky_bonapartist.
// Stalin:  act1_stalin_secretary (history), act1_stalin_steps_aside, act1_stalin_exposed.
// ═══════════════════════════════════════════════════════════════════════════════════════════════

// ─── Trotsky ────────────────────────────────────────────────────────────────────────────────────

=== ending_act1_trotsky_isolated
End of Act I, for now: The Party Is Always Right. # ENDING: act1_trotsky_isolated
This is where Act I ends for now. The later acts, from the autumn of 1924 to 1929, are still being written.
You end the spring where history left Trotsky: the most famous man in the party, and one of its loneliest. The troika holds. Stalin keeps the Secretariat. The Congress has condemned your opposition{t4_congress.recant:, with your own voice in the chorus|, and you let it}.
{t3_funeral.go_on: You missed Lenin's funeral, and the party has not forgotten the empty place.}{t3_funeral.demand_date: You missed the funeral, but you kept the telegrams.}{t3_funeral.return_at_once: You stood on Red Square in January. It made you visible, and it made you feared.} {army >= 60: The army still cheers your name, but Frunze sits in the next office.|Your hold on the army is slipping: Frunze sits in the next office, and your people are gone.} {apparatus <= 10: The apparatus is closed to you.|The apparatus tolerates you, and no more.}
In history the summer of 1924 was quiet. In the autumn Trotsky published Lessons of October, reminding the party that Zinoviev and Kamenev had opposed the rising of 1917. The "literary discussion" that followed made "Trotskyism" a heresy, and in January 1925 he lost the War Commissariat.
Historians weigh the spring differently. Deutscher stresses Trotsky's hesitation at key moments: once Lenin's support was gone, he could not hold his own in the Politburo. Figes argues that Zinoviev and Kamenev saved Stalin because they feared Trotsky as a Bonaparte and underestimated the General Secretary. Patenaude thinks Trotsky could have reached the funeral, and that his presence might have mattered.
Kotkin and Harris see the apparatus itself as the decisive resource, whatever was said at a plenum. Service notes that Lenin asked only for a new General Secretary, so even success would have left Stalin in the leadership; Roberts observes that the efforts to use the testament did not get very far. Lewin, looking back to 1923, argued that no one but Lenin himself could have stopped the apparatus.
-> END

=== ending_act1_trotsky_secretariat_falls
End of Act I, for now: Lenin's Wish. # ENDING: act1_trotsky_secretariat_falls
This is where Act I ends for now. The later acts, from the autumn of 1924 to 1929, are still being written.
You have done what Trotsky did not do in 1924: you made the Central Committee act on Lenin's letter. Stalin is no longer General Secretary. Rudzutak holds the post, and Zinoviev leads a collective leadership that fears you no less than before.
Do not mistake this for victory. Stalin keeps his seat in the Politburo, and the provincial secretaries he has placed since 1922 keep theirs. {t4_congress.name_apparatus: You named the apparatus at the Congress, and it has not forgiven you.}{t4_congress.recant: You recanted at the Congress, and the Left has not forgiven you.}{t5_army.mobilise_cells: The army resolutions of the spring still hang over you: Zinoviev calls them Bonapartism, and the ban on factions is no longer secret.}
{mantle >= 55: In the party's eyes you now stand closer to Lenin than anyone.|Even now, many in the party see Lenin's heir in someone else.} {suspicion >= 75: Your rivals fear you more than ever, and fear is what holds a coalition together.|Your rivals are wary, but for the moment they are busy with each other.}
Historians who have imagined this branch are cautious. The likeliest result, on Kotkin's and Harris's reading of the apparatus, is the one you see: Stalin loses the title but not his network. A more genuinely collective leadership under Zinoviev is plausible, Figes and Deutscher suggest, with Trotsky still isolated by the fear he inspires. An immediate Trotsky succession is the least likely outcome of all.
Service reminds us that Lenin asked only for a new General Secretary, not for Stalin's fall. Roberts judges that the real attempts to use the testament did not get very far, which is why this branch is rare. Lewin argued that no one but Lenin could have stopped the apparatus. You have tried to do it in his name.
-> END

=== ending_act1_trotsky_bonapartist
End of Act I, for now: The Shadow of Bonaparte. # ENDING: act1_trotsky_bonapartist
This is where Act I ends for now. The later acts, from the autumn of 1924 to 1929, are still being written.
You let the army speak for you, and it spoke in resolutions, not rifles. That was legal. It was also the one thing your rivals had been waiting for.
Now every quarrel is read through that spring. Under the 1921 ban on factions, whose secret clause was published in January to warn you, two-thirds of a joint plenum of the Central Committee and the Control Commission can expel a member of the Central Committee. The troika has the numbers and, since the army resolutions, the pretext. {suspicion >= 90: There is open talk of using it.|They have not used it yet.}
{army >= 70: The army cells are still yours, for now, but Frunze and the political directorate are reshaping them week by week.|Even in the army, commanders are working out which way the wind blows.} {t4_congress.recant: Your recantation at the Congress bought you time, not trust.}
In history Trotsky never did this. He accepted the changes in the army, and in January 1925 gave up the War Commissariat without a fight. He later said that a military move would have destroyed the very thing he was fighting for. Deutscher calls his restraint principled, and also a sign of indecision. Figes and Deutscher both see the fear of a Red Bonaparte as the reason Zinoviev and Kamenev chose Stalin over him.
This branch has not led to a coup, and the game will not pretend that one would have ended well. The sources give no support for a clean military path: failure and arrest look likeliest, and success would plausibly have meant a military dictatorship and civil strife, not the party democracy Trotsky was demanding.
-> END

// ─── Stalin ─────────────────────────────────────────────────────────────────────────────────────

=== ending_act1_stalin_secretary
End of Act I, for now: The General Secretary. # ENDING: act1_stalin_secretary
This is where Act I ends for now. The later acts, from the autumn of 1924 to 1929, are still being written.
You end the spring where history left Stalin: General Secretary still, with Lenin's letter read, muffled and set aside. {stalin_june.refused: Your offer to resign is on the record, and so is the refusal.}{s5_testament.challenge_survived: You attacked the letter and survived it, but Krupskaya will not forget, and neither will Trotsky.}
{s3_oath.oath: The oath of January made you Lenin's disciple in the public eye.|You never quite claimed the disciple's role in January, and others still hold part of it.} {apparatus >= 75: The apparatus is yours in all but name: the Secretariat, the Orgburo, the provincial secretaries and the delegates they choose.|The apparatus still answers to your office, though not as readily as you would like.} {s3_telegram.true_date: Trotsky stood on Red Square because you sent for him, and nobody can accuse you of keeping him away.} Zinoviev and Kamenev think they are using you against Trotsky.
In history the next moves were the autumn's "literary discussion" against Trotskyism and, in December, Stalin's Socialism in One Country.
Historians read this spring in different ways. Service calls Stalin's offers to resign a kind of sensitive bullying: he wanted to be persuaded to stay. Roberts says there was never any question of acceptance, and Kotkin reads the threats as tactics. Figes argues that Zinoviev and Kamenev persuaded the plenum to ignore Lenin's advice because they feared Trotsky and underestimated Stalin.
Lewin reads Lenin's last months as a campaign against Stalin's power that only Lenin could have won. Kotkin and Harris see the apparatus as the decisive resource, and it is in your hands.
-> END

=== ending_act1_stalin_steps_aside
End of Act I, for now: A Collective Leadership. # ENDING: act1_stalin_steps_aside
This is where Act I ends for now. The later acts, from the autumn of 1924 to 1929, are still being written.
{s5_testament.genuine_resignation: You offered to go and meant it, and the Central Committee took you at your word.|You offered to go expecting to be refused, and the Central Committee took you at your word. In history, that gamble never failed him.}
Rudzutak holds the Secretariat, and Zinoviev leads a collective leadership. You keep your seat in the Politburo, and the men you have placed in the provinces since 1922 keep theirs. {apparatus >= 55: Many of them still send you their regards, and their problems.|Fewer of them write to you every month.} {s4_enrolment.through_unions: Tomsky's unions remember who handed them the Lenin Enrolment.}
This is the counterfactual historians argue about most for 1924: what if the testament had been acted on? The likeliest result, on Kotkin's and Harris's reading, is the one you see: Stalin loses the title but not his network.
A more collective leadership under Zinoviev is plausible (Figes, Deutscher), with the argument over the economy fought out with less control from the centre over who chooses the delegates. It is also plausible that Stalin rebuilds from another post as the alliances shift in 1925–26; everything would then depend on who controls appointments.
Service reminds us that Lenin asked for nothing more than this. Roberts doubts that it could have happened at all.
-> END

=== ending_act1_stalin_exposed
End of Act I, for now: The Dead Man's Letter. # ENDING: act1_stalin_exposed
This is where Act I ends for now. The later acts, from the autumn of 1924 to 1929, are still being written.
You questioned Lenin's last letter four months after his funeral, in front of his widow. The plenum answered by sending it to the whole Congress, and the new Central Committee did what the letter asked. {s3_telegram.let_stand: The Saturday telegram did the rest. A man who would lie about a funeral, the corridors said, would lie about a letter.}
You are no longer General Secretary. You keep your seat in the Politburo, for now, and your clients keep their posts. But Zinoviev and Kamenev no longer need you as a buffer against Trotsky, and they know exactly where you are weak.
Your doubts were not absurd. The letter was typed and unsigned, and Kotkin has since raised serious questions about how much of it was Lenin's own, though most historians accept it. But in 1924 a dead leader's last words were not evidence to be weighed. They were scripture, and you had sworn {s3_oath.oath:six oaths|loyalty} to them.
Historians think the likeliest outcome of any removal is that Stalin keeps his network (Kotkin, Harris) and might rebuild from another post as the alliances shift in 1925–26. Service stresses that Lenin asked only for his removal as General Secretary, not from the leadership. Figes and Deutscher suggest that Zinoviev would most likely lead what came next.
-> END
