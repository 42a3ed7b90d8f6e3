// ═══════════════════════════════════════════════════════════════════════════════════════════════
// THE SHORT RUN · the lesson-length telling of the same story (15–20 minutes of reading)
// The game sets `short_run` before the first line when a player chooses the lesson length on the
// protagonist screen, or a teacher's class link asks for it; in another ink player set it by hand.
// The key decisions of the struggle stay playable. A minor decision is not offered: the first line of
// its knot diverts here, a bridge of a few dated sentences tells what happened, and the bridge diverts
// to the choice history took (its label), so its consequence, its meter shifts, its "In history" note
// and every later line that asks which choice was made are exactly history's. A bridge that replaces
// a scene before the choice carries that scene's own effects. The endings' scenes are kept; their
// epilogues to 1953 are told here in a shorter form, which returns to the ending's discussion
// questions (the `questions` gather of each ending knot).
// Key decisions, played in the short run (the same endings stay reachable; test/story/shortRun.test.ts):
//   Trotsky: t1_lenin_partnership, t1_twelfth_congress, t1_new_secretary, t2_new_course, t3_funeral,
//            t4_testament, t4_congress, t5_red_army, t9_fourteenth_congress, t10_united_opposition,
//            t12_platform, t11_alma_ata
//   Stalin:  s2_lenins_anger, s1_cave_meeting, s1_handover, s3_telegram, s5_testament, s8_partners,
//            s9_united_opposition, s9_expulsions, s11_the_right, s12_great_break
// Played as history went: t5_army, t6_lessons_of_october, t8_eastman, t10_war_scare, t11_deportation;
//   s3_oath, s4_enrolment, s7_socialism_in_one_country, s6_trotskys_fate, s10_grain_crisis.
// Reads: short_run, and what the skipped scenes read before their choice. Writes: what those scenes
//   wrote before their choice (see each bridge). No tags of its own beyond the story's vocabulary.
// ═══════════════════════════════════════════════════════════════════════════════════════════════


// ─── Trotsky ────────────────────────────────────────────────────────────────────────────────────

=== short_trotsky_prologue
Between 13 and 16 December Lenin suffers a second series of strokes. His right side is paralysed; his mind is not. # DATE: 18 December 1922 # PLACE: The Kremlin, plenum of the Central Committee # MILESTONE: lenin_second_strokes # ACT: Prologue — Lenin's Last Struggle
At his request you defend the state's monopoly of foreign trade, and the plenum gives way. It also makes Stalin personally responsible for Lenin's isolation: who sees him, what he reads.
~ shift(Mantle, 3, Discipleship)
In a small room Lenin dictates a letter to the next Congress about each of you. On 4 January he adds that Stalin is too rude, and should be removed as General Secretary. None of you knows a word of it.
-> t1_lenin_partnership

=== short_t1_lenin_partnership
You are ill in bed when Lenin's secretary reads you a letter. # DATE: 5 March 1923 # PLACE: The Kremlin, Trotsky's apartment
Will you take up the Georgian case in the Central Committee? Stalin and Dzerzhinsky have bullied the Georgian Communists, and Lenin cannot trust them.
-> t1_lenin_partnership.offer

=== short_trotsky_twelfth_congress
The first Congress without Lenin. # DATE: 17–25 April 1923 # PLACE: Moscow, the 12th Party Congress # MILESTONE: twelfth_congress
You report on industry: factory prices climbing, grain prices falling, two blades opening like scissors. On Georgia you say nothing; Lenin's notes reach only the delegation leaders.
~ candidates += Rudzutak
The Congress enlarges the Central Committee to forty, most new seats going to provincial men Stalin knows. Rudzutak becomes a candidate member of the Politburo.
~ shift(Apparatus, -3, Patronage)
-> t2_new_course

=== short_t2_new_course
Autumn: factories cannot sell their goods, wages go unpaid, strikes break out. # DATE: 8 October 1923 # PLACE: Moscow, the War Commissariat
The troika meets without you. You mean to write about democracy in the party, and you know what will be thrown back at you: the labour armies of 1920, and Kronstadt, stormed by your army in 1921.
-> t2_new_course.offer

=== short_t3_funeral
Tiflis station, on your way south with a fever. # DATE: 21 January 1924 # PLACE: Tiflis railway station # ACT: Act I — The Funeral and the Testament
A telegram from Stalin: Lenin died this evening at Gorki. # MILESTONE: lenin_dies
~ lenin_dead = true
~ politburo -= Lenin
On the direct wire the Kremlin says the funeral will be on Saturday: you cannot get back in time; continue your treatment.
-> t3_funeral.offer

=== short_t5_army
Sukhumi, the Moscow papers a day behind. # DATE: March 1924 # PLACE: Sukhumi
While you lie ill, the troika takes the War Commissariat apart: your man at the army's political directorate removed, your deputy Sklyansky moved out, and Mikhail Frunze, the majority's man, moved in.
-> t5_army.offer

=== short_t4_testament
The old Central Committee's last plenum before the Congress. # DATE: 21–22 May 1924 # PLACE: The Kremlin, plenum of the Central Committee
Kamenev reads Lenin's letter aloud: Stalin has concentrated unlimited power in his hands; Trotsky is able, and too sure of himself; Stalin is too rude, and should be removed as General Secretary.
"His fears about our General Secretary have proved groundless. Let each delegation hear it on its own, and nothing printed." # SPEAKER: Zinoviev
{alliance == EarlyBloc: Kamenev does not look at you. Your understanding is in the room, unspoken.}
"It was his wish that the Congress should hear it." # SPEAKER: Krupskaya
-> t4_testament.offer

=== short_t4_congress
The Thirteenth Party Congress: 748 delegates, most chosen by committees whose secretaries the Secretariat appoints. # DATE: 23–31 May 1924 # PLACE: Moscow, the 13th Party Congress # MILESTONE: thirteenth_congress
{t4_testament.stalin_removed: The delegates know that Stalin is to leave the Secretariat; he still gives the organisational report.|The delegations have heard Lenin's letter behind closed doors. Stalin gives the organisational report, calm and full of figures.}
"Comrade Trotsky has only to come up here and say: I was wrong, and the party was right." # SPEAKER: Zinoviev
-> t4_congress.offer

=== short_trotsky_june
The first plenum of the new Central Committee. # DATE: 2 June 1924 # PLACE: The Kremlin, plenum of the Central Committee
~ politburo += Bukharin
~ candidates -= Bukharin
Bukharin becomes a full member of the Politburo: one more vote for the majority. Stalin asks to be released as General Secretary, as Lenin's letter asked; the plenum refuses, as everyone knew it would.
In history: both on 2 June 1924. # FACT: F010 F018
-> trotsky_act2

=== short_t6_lessons_of_october
A sanatorium veranda at Kislovodsk, and the fever that never quite lets go. # DATE: September 1924 # PLACE: Kislovodsk # ACT: Act II — The Troika Breaks
Since August the majority has met as a caucus of seven, the Politburo without you. Your volume on 1917 needs a preface, and it grows into an indictment: the German rising failed last October because its leaders flinched, as Zinoviev and Kamenev flinched in 1917, when they voted against the insurrection.
-> t6_lessons_of_october.offer

=== short_trotsky_literary_discussion
The reply comes from everyone at once. # DATE: November 1924 # PLACE: Moscow
{t6_lessons_of_october.publish or t6_lessons_of_october.germany_only: Kamenev writes Leninism or Trotskyism?, Stalin Trotskyism or Leninism?|The seven need no preface: they find their text in your speeches of 1923.} They remind the party that you fought Lenin for fourteen years and joined the Bolsheviks only in 1917. You are ill again, and do not reply.
{
- t6_lessons_of_october.publish:
    ~ shift(Mantle, -8, Misrepresentation)
    ~ shift(Army, -6, Centralism)
- t6_lessons_of_october.germany_only:
    ~ shift(Mantle, -5, Misrepresentation)
    ~ shift(Army, -4, Centralism)
- else:
    ~ shift(Mantle, -3, Misrepresentation)
    ~ shift(Army, -3, Centralism)
}
In history: the pamphlets of November 1924 made a heresy of Trotsky's Menshevik past. # FACT: F034 F024 F035
-> t5_red_army

=== short_trotsky_spring_1925
Spring, and a new word in every newspaper. # DATE: April 1925 # PLACE: Moscow, the 14th Party Conference
{trotsky_holds_army: You still sign orders at the War Commissariat; Frunze decides what is in them.|They give you new desks: concessions, electrical industry, science.} The Party Conference adopts Stalin's and Bukharin's Socialism in One Country. Your Permanent Revolution, a tired party hears, means waiting for Germany.
~ shift(Mantle, -4, Doctrine)
-> t8_eastman

=== short_t8_eastman
The Politburo. # DATE: September 1925 # PLACE: The Kremlin, the Politburo
Max Eastman, an American friend, has published Since Lenin Died: Lenin's letter, the funeral, the campaign against you. Most of it is true. The majority has drafted your answer: Eastman slanders the party, and Lenin left no testament.
-> t8_eastman.offer

=== short_t9_fourteenth_congress
The Fourteenth Party Congress, and a co-report against the Central Committee's own. # DATE: 18–31 December 1925 # PLACE: Moscow, the 14th Party Congress # MILESTONE: fourteenth_congress
The troika is dead: Zinoviev and Kamenev against Stalin, Bukharin and the provincial secretaries.
"I have come to the conclusion that Comrade Stalin cannot perform the function of uniting the Bolshevik general staff." # SPEAKER: Kamenev
The hall rises, chanting Stalin's name. The Leningrad delegation sits still.{t6_lessons_of_october.woo: Ask me again in a year, Kamenev said. It has been a year.}
-> t9_fourteenth_congress.offer

=== short_t10_united_opposition
Zinoviev and Kamenev come to your apartment, and you shake hands with the men who wanted you expelled. # DATE: April–July 1926 # PLACE: Moscow
With Krupskaya, for a while, you write one platform: faster industry, a heavier tax on the rich peasant, democracy in the party. The United Opposition is born. # MILESTONE: united_opposition
~ alliance = UnitedOpposition
~ shift(Left, 8, Alliances)
~ shift(Suspicion, 6, Alliances)
~ politburo -= Zinoviev
~ politburo += Rudzutak
~ candidates -= Rudzutak
In July a secret meeting of oppositionists in a wood outside Moscow becomes a conspiracy. Zinoviev is removed from the Politburo, and Rudzutak takes his place. In the factory cells men sent to heckle drown you out.
~ shift(Left, -6, Organisation)
~ shift(Suspicion, 3, FactionBan)
-> t10_united_opposition.october

=== short_t10_war_scare
High summer, and talk of war. # DATE: July 1927 # PLACE: Moscow, before the Central Control Commission # ACT: Act III — Expulsion and Exile
{ trotsky_holds_army:
    In May the Politburo relieved you of the War Commissariat "in view of the international situation". Voroshilov has your office.
    ~ trotsky_holds_army = false
    ~ shift(Army, -10, Offices)
}
In April Chiang Kai-shek's troops shot down the Shanghai Communists whom Moscow had told to trust him; in May Britain broke off relations. Pravda writes of war, and a war scare has no room for an opposition.
"If war comes, will the Opposition defend the Soviet Union? Unconditionally, under this Central Committee." # SPEAKER: Ordzhonikidze
-> t10_war_scare.offer

=== short_t12_platform
All summer the Opposition has been writing its Platform for the December Congress: a real plan, faster industry, a grain loan from the richest peasants. # DATE: September 1927 # PLACE: Moscow
-> t12_platform.offer

=== short_t11_alma_ata
Agents break down your door and, when you refuse to walk, carry you down the stairs to a train. # DATE: 17 January 1928 # PLACE: Moscow, Granovsky Street
By the end of the month you are in Alma-Ata, near the Chinese border. # MILESTONE: trotsky_to_alma_ata
~ trotsky_fate = InternalExile
~ grain_policy = ExtraordinaryMeasures
Stalin tours Siberia, telling officials to try grain hoarders as speculators: your slogans, your comrades say, with a policeman's methods.
By summer Zinoviev and Kamenev have their party cards back. # DATE: June 1928 # PLACE: Alma-Ata
In June your daughter Nina dies of tuberculosis in Moscow. Her last letter reaches you weeks later.
-> t11_alma_ata.offer

=== short_t11_deportation
Alma-Ata under deep snow. # DATE: 20 January 1929 # PLACE: Alma-Ata
Volynsky of the OGPU comes with armed men at every door and reads you a ruling: for organising an illegal anti-Soviet party, you are to be deported from the Soviet Union.
-> t11_deportation.go_and_write


// ─── Stalin ─────────────────────────────────────────────────────────────────────────────────────

=== short_s3_oath
The Bolshoi Theatre, hung with black. # DATE: 26 January 1924 # PLACE: Moscow, the Bolshoi Theatre: Second Congress of Soviets
The Congress of Soviets meets in mourning; before the day is out it will rename Petrograd Leningrad. When your turn comes you read a speech unlike the others: short sentences, each ending in the same vow, in the cadence of the seminary in Tiflis where you were sent at fifteen to become a priest.
-> s3_oath.oath

=== short_s4_enrolment
The Central Committee, with black crêpe still on the doors. # DATE: 29–31 January 1924 # PLACE: Moscow, the Kremlin: plenum of the Central Committee
Rykov takes Lenin's chair in the government. The plenum opens the party to the best workers from the factories in Lenin's name, and the Secretariat is to handle the forms.
-> s4_enrolment.mass_intake

=== short_s7_socialism_in_one_country
Late, under the lamp, a preface of your own. # DATE: December 1924 # PLACE: Moscow, the Central Committee's offices
Every Bolshevik has said that a backward peasant country cannot build socialism alone. But Germany did not rise, and the party is tired of waiting. You write that it can: socialism in one country.
-> s7_socialism_in_one_country.one_country

=== short_s6_trotskys_fate
Trotsky's chair is empty: he writes that he is ill, and has asked to be relieved of the army. # DATE: 17–20 January 1925 # PLACE: The Kremlin, joint plenum of the Central Committee and the Central Control Commission
The plenum takes him at his word: the founder of the Red Army is no longer its commissar. # MILESTONE: trotsky_loses_army
~ trotsky_holds_army = false
~ shift(Army, 6, Tactics)
Zinoviev wants him out of the Politburo, and out of the party. The troika will agree to whatever you agree to.
-> s6_trotskys_fate.keep_him

=== short_s10_grain_crisis
The grain is not coming: the state has bought about half as much as a year before. # DATE: January 1928 # PLACE: The Kremlin, the Politburo
{
- trotsky_fate == ExpelledFromParty:
    ~ trotsky_fate = InternalExile
    That month the OGPU carries Trotsky down the stairs of his flat to a train for Alma-Ata, near the Chinese border.
}
State prices are low, the village shops have nothing to buy, and a countryside told all summer that war is coming keeps its grain. Mikoyan and Rykov want higher prices and goods for the villages.
-> s10_grain_crisis.siberia


// ─── The epilogues, shorter ─────────────────────────────────────────────────────────────────────

=== short_epilogue_trotsky_deported
Prinkipo: pines, fishing boats, a Turkish policeman at the gate, and your archive in crates. {trotsky_departure == CarriedOut: At Odessa they carried you up the gangway, as they carried you in Moscow.} Germany has refused you a visa, and nobody else is in a hurry. So you write.
"Do you think they will ever let us back?" # SPEAKER: Natalia Sedova
Content note: the next paragraphs describe famine and mass repression. # CONTENT_NOTE: repression, famine
This is history's road. Trotsky never saw the Soviet Union again; from Prinkipo, then France, Norway and Mexico, he wrote against Stalin in every language that would print him. # FACT: F062
At home, in 1930–31, more than 1.8 million people branded "kulaks" were deported with their families, and in 1931–33 famine killed roughly 5 to 7 million people (Kotkin), about 3.5 million of them in Ukraine and 1.2 to 1.4 million in Kazakhstan. Historians debate intent, and agree that state policy caused and deepened the famine. # FACT: F117 F027
Zinoviev and Kamenev were shot in 1936 after a show trial, Bukharin and Rykov in 1938; in 1937–38 about 681,692 people were shot by the official count. None of Trotsky's four children outlived him. On 20 August 1940, in Mexico, the NKVD agent Ramón Mercader struck him with an ice axe, and he died the next day.
Why did he lose? Deutscher saw principle and indecision; Figes, rivals who feared a Bonaparte more than a secretary; Kotkin and Harris, the apparatus that chose the delegates. # FACT: F096 F020 F074
You lost as Trotsky lost. Play again, and try another road.
-> ending_trotsky_deported.questions

=== short_epilogue_stalin_supreme
Content note: the next paragraphs describe famine and mass repression. # CONTENT_NOTE: repression, famine
Whatever course you set this winter, in history Stalin, every rival beaten and the apparatus his, used that power like this. # FACT: F099 F080
Collectivisation was forced through in 1930, and more than 1.8 million people branded "kulaks" were deported with their families. In 1931–33 famine killed roughly 5 to 7 million people (Kotkin), about 3.5 million of them in Ukraine and 1.2 to 1.4 million in Kazakhstan; grain was still exported. Historians debate intent, and agree that state policy caused and deepened the famine. # FACT: F112 F117 F108
Zinoviev and Kamenev were shot in 1936 after a show trial, Bukharin and Rykov in 1938. In 1937–38 about 1.5 million people were arrested and 681,692 shot by the official count. # FACT: F072
The Soviet Union defeated Germany in 1941–45 at catastrophic cost. Stalin died on 5 March 1953; Lenin's letter asking for his removal was published in the Soviet Union in 1956. # FACT: F028
Why did he win? Kotkin and Harris point to the apparatus that chose the delegates; Deutscher saw opportunism in his turns, Kotkin Leninist conviction. Was it the man, the machine or the moment? Play again, and try another road. # FACT: F063 F074
-> ending_stalin_supreme.questions
