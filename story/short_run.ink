// ═══════════════════════════════════════════════════════════════════════════════════════════════
// THE SHORT RUN · the lesson-length telling of the same story (15–20 minutes of reading)
// The game sets `short_run` before the first line when a player chooses the lesson length on the
// protagonist screen, or a teacher's class link asks for it; in another ink player set it by hand.
// The key decisions of the struggle stay playable. A minor decision is not offered: the first line of
// its knot diverts here, a bridge of a few dated sentences tells what happened, and the bridge diverts
// to the choice history took (its label), so its consequence, its meter shifts, its "In history" note
// and every later line that asks which choice was made are exactly history's. A bridge that replaces
// a scene before the choice carries that scene's own effects. Every decision but those below keeps its
// choices; most of their scenes are told here in a few lines before the choice (`-> <knot>.offer`).
// The endings keep their titles and tables; each ending's scene and epilogue to 1953 is told here
// in a shorter form (150–260 words, and only what the short run has shown), which returns to the
// ending's discussion questions (the `questions` gather of each ending knot).
// The same endings stay reachable (test/story/shortRun.test.ts).
// Played as history went: t11_deportation; s3_oath, s4_enrolment, s10_grain_crisis.
// Reads: short_run, and what the skipped scenes read before their choice. Writes: what those scenes
//   wrote before their choice (see each bridge). No tags of its own beyond the story's vocabulary.
// ═══════════════════════════════════════════════════════════════════════════════════════════════


// ─── Trotsky ────────────────────────────────────────────────────────────────────────────────────

=== short_trotsky_prologue
Between 13 and 16 December Lenin suffers a second series of strokes. His right side is paralysed; his mind is not. # DATE: 18 December 1922 # PLACE: The Kremlin, plenum of the Central Committee # MILESTONE: lenin_second_strokes # ACT: Prologue — Lenin's Last Struggle
At his request you defend the state's monopoly of foreign trade, and the plenum gives way. It also makes Stalin personally responsible for Lenin's isolation: who sees him, what he reads.
~ shift_mantle(3, Discipleship)
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
~ shift_apparatus(-3, Patronage)
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
    ~ shift_mantle(-8, Misrepresentation)
    ~ shift_army(-6, Centralism)
- t6_lessons_of_october.germany_only:
    ~ shift_mantle(-5, Misrepresentation)
    ~ shift_army(-4, Centralism)
- else:
    ~ shift_mantle(-3, Misrepresentation)
    ~ shift_army(-3, Centralism)
}
In history: the pamphlets of November 1924 made a heresy of Trotsky's Menshevik past. # FACT: F034 F024 F035
-> t5_red_army

=== short_trotsky_spring_1925
Spring, and a new word in every newspaper. # DATE: April 1925 # PLACE: Moscow, the 14th Party Conference
{trotsky_holds_army: You still sign orders at the War Commissariat; Frunze decides what is in them.|They give you new desks: concessions, electrical industry, science.} The Party Conference adopts Stalin's and Bukharin's Socialism in One Country. Your Permanent Revolution, a tired party hears, means waiting for Germany.
~ shift_mantle(-4, Doctrine)
-> t8_eastman

=== short_t8_eastman
The Politburo. # DATE: September 1925 # PLACE: The Kremlin, the Politburo
Max Eastman, an American friend, has published Since Lenin Died: Lenin's letter, the funeral, the campaign against you. Most of it is true. The majority has drafted your answer: Eastman slanders the party, and Lenin left no testament.
-> t8_eastman.offer

=== short_t9_fourteenth_congress
The Fourteenth Party Congress, and a co-report against the Central Committee's own. # DATE: 18–31 December 1925 # PLACE: Moscow, the 14th Party Congress # MILESTONE: fourteenth_congress
The troika is dead: Zinoviev and Kamenev against Stalin, Bukharin and the provincial secretaries.
"I have come to the conclusion that Comrade Stalin cannot perform the function of uniting the Bolshevik general staff." # SPEAKER: Kamenev
The hall rises, chanting Stalin's name. The Leningrad delegation sits still.{t6_lessons_of_october.woo && alliance != EarlyBloc: Ask me again in a year, Kamenev said. It has been a year.}
-> t9_fourteenth_congress.offer

=== short_t10_united_opposition
Zinoviev and Kamenev come to your apartment, and you shake hands with the men who wanted you expelled. # DATE: April 1926 # PLACE: Moscow
With Krupskaya, for a while, you write one platform: faster industry, a heavier tax on the rich peasant, democracy in the party. The United Opposition is born. # MILESTONE: united_opposition
~ alliance = UnitedOpposition
~ shift_left(8, Alliances)
~ shift_suspicion(6, Alliances)
At the plenum, a secret meeting of oppositionists in a wood outside Moscow becomes a conspiracy. # DATE: July 1926 # PLACE: The Kremlin, joint plenum of the CC and CCC
~ politburo -= Zinoviev
~ politburo += Rudzutak
~ candidates -= Rudzutak
Zinoviev is removed from the Politburo, and Rudzutak takes his place. In the factory cells men sent to heckle drown you out.
~ shift_left(-6, Organisation)
~ shift_suspicion(3, FactionBan)
-> t10_united_opposition.october

=== short_t10_war_scare
High summer, and talk of war. # DATE: July 1927 # PLACE: Moscow, before the Central Control Commission # ACT: Act III — Expulsion and Exile
{ trotsky_holds_army:
    In May the Politburo relieved you of the War Commissariat "in view of the international situation". Voroshilov has your office.
    ~ trotsky_holds_army = false
    ~ shift_army(-10, Offices)
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

=== short_stalin_prologue
The strokes of 13 to 16 December have paralysed Lenin's right side. Not his mind. # DATE: 18 December 1922 # PLACE: The Kremlin, plenum of the Central Committee # MILESTONE: lenin_second_strokes # ACT: Prologue — Lenin's Last Struggle
The plenum makes you answer personally for keeping Lenin isolated, as the doctors order: his visitors, his reading, his letters.
When you learn that Krupskaya has taken down a note from him congratulating Trotsky, you telephone her. What you say is coarse, and you threaten her with the Control Commission. Nobody tells Lenin. Not yet.
~ shift_mantle(-3, Personality)
-> s2_lenins_anger

=== short_s2_lenins_anger
Georgia is your country, and now your quarrel with Lenin. # DATE: 5–7 March 1923 # PLACE: Moscow, the Secretariat of the Central Committee
The Georgian Communists still fight you; your friend Ordzhonikidze struck one of them, and Dzerzhinsky's commission cleared him. Lenin has read the file.
-> s2_lenins_anger.offer

=== short_stalin_twelfth_congress
The Twelfth Congress: you know most of the delegates' secretaries. # DATE: 17–25 April 1923 # PLACE: Moscow, the 12th Party Congress # MILESTONE: twelfth_congress
Of all your offices, only one matters now.
In history: Stalin's key to power was the General Secretaryship, held from 3 April 1922, with its control of appointments: he was the only full member of the Politburo, the Orgburo and the Secretariat. # FACT: F039 F076
~ candidates += Rudzutak
{s2_lenins_anger.grudging: Lenin's notes on Georgia are read to the delegation leaders in private, and no further.} The Congress enlarges the Central Committee to forty, most of the new men provincial secretaries you know. Rudzutak joins the Politburo as a candidate.
~ shift_apparatus(3, Patronage)
-> s1_cave_meeting

=== short_s1_cave_meeting
In a cave near Kislovodsk, Zinoviev and Bukharin have talked about you. Now they sit across the table, tanned and reasonable. # DATE: August 1923 # PLACE: Kislovodsk, the North Caucasus
The Secretariat is to be made "political": you, Trotsky, and Zinoviev or Bukharin, deciding together.{s2_lenins_anger.resign: Your letter of March still lies on the Politburo's table.}
-> s1_cave_meeting.offer

=== short_s3_telegram
The day after Lenin's death. # DATE: 22 January 1924 # PLACE: Moscow, the Kremlin
At Tiflis station Trotsky, ill, was told on the direct wire that the funeral would be on Saturday, too soon for him. Now it is moved to Sunday. A wire could still reach him, and a special train bring him back.
"He is ill. Let him rest." # SPEAKER: Kamenev
-> s3_telegram.offer

=== short_s3_oath
The Bolshoi Theatre, hung with black. # DATE: 26 January 1924 # PLACE: Moscow, the Bolshoi Theatre: Second Congress of Soviets
The Congress of Soviets meets in mourning. When your turn comes you read a speech unlike the others: short sentences, each ending in the same vow, in the cadence of the seminary in Tiflis where you were sent at fifteen to become a priest.
-> s3_oath.oath

=== short_stalin_thirteenth_conference
The Thirteenth Party Conference. # DATE: 16–18 January 1924 # PLACE: Moscow, the 13th Party Conference # MILESTONE: thirteenth_conference
All autumn Trotsky and the forty-six wrote against secretaries appointed from above. Now you read out the secret seventh point of Lenin's ban on factions of 1921: a member of the Central Committee who breaks discipline can be expelled by two votes in three. You do not say whom you mean.
-> stalin_thirteenth_conference.tally

=== short_s4_enrolment
The Central Committee, with black crêpe still on the doors. # DATE: 29–31 January 1924 # PLACE: Moscow, the Kremlin: plenum of the Central Committee
Rykov takes Lenin's chair in the government. The plenum opens the party to the best workers from the factories in Lenin's name, and the Secretariat is to handle the forms.
-> s4_enrolment.mass_intake

=== short_s5_testament
The old Central Committee's last plenum before the Thirteenth Congress. # DATE: 21–22 May 1924 # PLACE: The Kremlin, plenum of the Central Committee
Krupskaya has handed over the letter Lenin dictated in the winter of 1922, and Kamenev reads it: you have concentrated unlimited power in your hands; Trotsky is able, and too sure of himself. Then the postscript: Stalin is too rude, and should be removed as General Secretary.
"Comrades, Ilyich's fears about our General Secretary have proved groundless." # SPEAKER: Zinoviev
"Let each delegation hear it on its own, then. Not the Congress in session, and nothing printed." # SPEAKER: Kamenev
"Vladimir Ilyich wanted the Congress to hear it." # SPEAKER: Krupskaya
-> s5_testament.offer

=== short_stalin_act2
Trotsky's new preface, Lessons of October, recalls that in 1917 Zinoviev and Kamenev voted against the rising. # DATE: October 1924 # PLACE: Moscow, the Central Committee's offices # ACT: Act II — The Troika Breaks # MILESTONE: lessons_of_october
{s5_testament.krupskaya_wins:
    ~ testament_in_open = true
}
You answer in print with Trotskyism or Leninism? Underneath the noise the Secretariat works on: appointments, delegate lists.
-> s7_socialism_in_one_country

=== short_s7_socialism_in_one_country
Late, under the lamp, a preface of your own. # DATE: December 1924 # PLACE: Moscow, the Central Committee's offices
Every Bolshevik has said that a backward peasant country cannot build socialism alone. But Germany did not rise, and the party is tired of waiting.
-> s7_socialism_in_one_country.offer

=== short_s6_trotskys_fate
Trotsky's chair is empty: he is ill, and has asked to be relieved of the army. # DATE: 17–20 January 1925 # PLACE: The Kremlin, joint plenum of the Central Committee and the Central Control Commission
The plenum takes him at his word. # MILESTONE: trotsky_loses_army
~ trotsky_holds_army = false
~ shift_army(6, Tactics)
"He cannot stay in the Politburo. Leningrad says he should not be in the party at all." # SPEAKER: Zinoviev
-> s6_trotskys_fate.offer

=== short_s8_partners
Autumn, and the troika no longer trusts itself. # DATE: October 1925 # PLACE: The Kremlin, the Politburo
Leningrad has fought Bukharin's "enrich yourselves" all summer; Zinoviev and Kamenev sign a platform on the kulak danger.
{not s6_trotskys_fate.expelled:
    ~ testament_denied = true
    The Politburo makes Trotsky deny in print that Lenin left a testament.
}
"Koba, the kulak is eating NEP from the inside. Stand with us." # SPEAKER: Kamenev
"If you turn on the middle peasant, Rykov and Tomsky and I cannot follow you." # SPEAKER: Bukharin
-> s8_partners.offer

=== short_january_1926
Kirov and Molotov go to Leningrad and work cell by cell until it votes the other way. # DATE: January 1926 # PLACE: Leningrad and Moscow
~ shift_apparatus(3, Purges)
~ shift_left(-6, Purges)
~ politburo -= Kamenev
~ candidates += Kamenev
~ politburo += (Molotov, Kalinin, Voroshilov)
~ candidates -= (Molotov, Kalinin)
~ shift_apparatus(2, Patronage)
Kamenev drops to candidate of the Politburo; Molotov, Kalinin and Voroshilov take full seats.
-> united_opposition_forms

=== short_united_opposition_forms
Zinoviev, Kamenev and Trotsky, who spent two years destroying each other, join forces. # DATE: April 1926 # PLACE: Moscow # MILESTONE: united_opposition
~ alliance = UnitedOpposition
In June they meet in a wood outside Moscow, with lookouts on the paths. Someone reports it: a faction, with sentries.
-> s9_united_opposition

=== short_s9_united_opposition
The Opposition tables its declaration. Dzerzhinsky answers it, shaking with anger, and is dead of a heart attack by evening. # DATE: 14–23 July 1926 # PLACE: The Kremlin, joint plenum of the Central Committee and the Central Control Commission
"Finish it, Koba. But inside the party, and by the rules." # SPEAKER: Bukharin
-> s9_united_opposition.offer

=== short_stages_autumn
In the factory cells the Opposition is shouted down. On the sixteenth its leaders promise to end factional work; two days later the New York Times prints Lenin's letter to the Congress in full. # DATE: October 1926 # PLACE: Moscow
~ testament_in_open = true
~ shift_mantle(-3, TestamentBuried)
{politburo ? Trotsky:
    The joint plenum meets and takes Trotsky's seat on the Politburo. # DATE: 23 October 1926 # PLACE: The Kremlin, joint plenum of the Central Committee and the Central Control Commission # MILESTONE: trotsky_out_of_politburo
    ~ politburo -= Trotsky
    ~ trotsky_fate = OutOfPolitburo
}
~ politburo -= Kamenev
~ candidates -= Kamenev
Kamenev loses his place too. You offer, once more, to resign; the plenum declines, as you knew it would.
~ shift_mantle(3, Tactics)
-> s9_united_opposition.s9_history

=== short_stalin_act3
From Shanghai: Chiang Kai-shek's troops have turned on the Communists who rose to hand him the city. # DATE: April 1927 # PLACE: Moscow, the Kremlin # ACT: Act III — The Great Break
The China line was yours, and Trotsky says so. In May Britain breaks off relations. Pravda writes of war, and a country that may have to fight cannot afford an opposition.
In July Trotsky recalls Clemenceau, who attacked a failing French government in wartime and took its place. Your people print it as a promise of a coup.
-> s9_expulsions

=== short_s9_expulsions
The Opposition's Platform asks for faster industry and a heavy tax on the richest peasants. The Politburo refuses to print it, and the OGPU raids the hidden press that does. # DATE: September 1927 # PLACE: The Kremlin, the Politburo
"Expel them. Now, before the Congress." # SPEAKER: Molotov
"By the rules, Koba. Every step voted, in the open." # SPEAKER: Bukharin
-> s9_expulsions.offer

=== short_act3s_fifteenth_congress
The Fifteenth Party Congress, hardly an oppositionist among its delegates. # DATE: 2–19 December 1927 # PLACE: Moscow, the 15th Party Congress # MILESTONE: fifteenth_congress
It votes that the Opposition's views are incompatible with membership of the party.
~ motion_is(WithMajority, (), (Trotsky, Zinoviev, Kamenev))
~ vote("15th Congress", Congress, CONGRESS_15, BY_CONSENSUS, 0)
{s9_expulsions.discipline: The Opposition's leaders sign a submission and stay, on probation.|Kamenev and seventy-five others are expelled; within days Zinoviev and Kamenev submit.} On the last day you ask the new Central Committee to release you. It votes to refuse.
~ motion_is(WithMajority, (), ())
~ vote("CC plenum", Plenum, CC_1928, BY_CONSENSUS, 0)
~ shift_mantle(3, Moderation)
~ politburo -= (Trotsky, Zinoviev, Kamenev)
~ candidates -= (Trotsky, Zinoviev, Kamenev, Kuibyshev)
~ politburo += Kuibyshev
{trotsky_fate == InParty:
    ~ trotsky_fate = OutOfPolitburo
}
Kuibyshev, who wants industry faster, joins the Politburo.
-> s10_grain_crisis

=== short_s10_grain_crisis
The grain is not coming: the state has bought about half as much as a year before. # DATE: January 1928 # PLACE: The Kremlin, the Politburo
{
- trotsky_fate == ExpelledFromParty:
    ~ trotsky_fate = InternalExile
    That month the OGPU carries Trotsky down the stairs of his flat to a train for Alma-Ata, near the Chinese border.
}
State prices are low and the village shops have nothing to buy. On 15 January your train leaves for Siberia, where you tell the officials to try the grain "speculators" under Article 107 and seize their grain. The grain moves; in the villages, something else has moved too. # MILESTONE: grain_crisis
~ grain_policy = ExtraordinaryMeasures
~ shift_apparatus(5, CivilWarMethods)
~ shift_left(6, RadicalMood)
~ shift_right(-8, CivilWarMethods)
~ shift_suspicion(5, Personality)
In history: a procurement crisis, not a famine: state prices were low and there was little to buy (Kotkin). The Siberian trip is for Hughes the end of NEP in practice. # FACT: F064 F065 F066 F117
-> act3s_shakhty

=== short_act3s_shakhty
The OGPU announces a plot of wrecking engineers at the Shakhty mines. Confessions taken in its cells carry the trial; eleven are sentenced to death. # DATE: March–July 1928 # PLACE: Moscow, the House of Unions
Bukharin writes to you that the party is sliding back to War Communism.
-> s11_the_right

=== short_s11_the_right
The July plenum. Bukharin, Rykov and Tomsky want the state to be the peasant's buyer again, not his bailiff. # DATE: 4–12 July 1928 # PLACE: The Kremlin, plenum of the Central Committee
You know Bukharin has been asking Ordzhonikidze, Voroshilov and Kalinin whether you should stay General Secretary. Your speech is ready: the peasant must pay something like a tribute for industry.
"Repeal the measures with us, and we will all say it was the plan." # SPEAKER: Rykov
-> s11_the_right.offer

=== short_s12_great_break
The Sixteenth Party Conference, and a Plan in two versions: Gosplan's, and an optimal one a fifth higher. # DATE: 23–29 April 1929 # PLACE: Moscow, the 16th Party Conference
In the towns there are bread cards again. In the villages, a few households in a hundred are in a collective farm.
"The optimal variant, and the village with it." # SPEAKER: Molotov
"Give him tractors first, and he will come by himself." # SPEAKER: Kalinin
-> s12_great_break.offer


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
The first Politburo of the new year. The birthday portraits are still up in every provincial office; they went up faster than the tractors.
{politburo has Bukharin: Bukharin sits at the far end of the table, for now.|Bukharin's chair has been empty since November.} {trotsky_fate == Deported: Trotsky is on an island off Istanbul, writing his memoirs.} Nobody at this table will tell you no again.
Content note: the next paragraphs describe famine and mass repression. # CONTENT_NOTE: repression, famine
Whatever course you set this winter, in history Stalin, every rival beaten and the apparatus his, used that power like this. # FACT: F099 F080
Collectivisation was forced through in 1930, and more than 1.8 million people branded "kulaks" were deported with their families. In 1931–33 famine killed roughly 5 to 7 million people (Kotkin), about 3.5 million of them in Ukraine and 1.2 to 1.4 million in Kazakhstan; grain was still exported. Historians debate intent, and agree that state policy caused and deepened the famine. # FACT: F112 F117 F108
Zinoviev and Kamenev were shot in 1936 after a show trial, Bukharin and Rykov in 1938. In 1937–38 about 1.5 million people were arrested and 681,692 shot by the official count. # FACT: F072
The Soviet Union defeated Germany in 1941–45 at catastrophic cost. Stalin died on 5 March 1953; Lenin's letter asking for his removal was published in the Soviet Union in 1956. # FACT: F028
Why did he win? Kotkin and Harris point to the apparatus that chose the delegates; Deutscher saw opportunism in his turns, Kotkin Leninist conviction. Was it the man, the machine or the moment? Play again, and try another road. # FACT: F063 F074
-> ending_stalin_supreme.questions

=== short_epilogue_collective_leadership
The plenum breaks up into the long June evening. For the first time since 1922 the keys of the Secretariat are in someone else's hands: {general_secretary} goes through files that somebody else arranged.
Zinoviev leads the Politburo now, without the title; Kamenev chairs its sessions, and Rykov has Lenin's chair in the government. {protagonist == "Stalin":You sit where you always sat, and take notes.|Stalin sits where he always sat, and takes notes.}
{
- protagonist == "Trotsky":
    You have the most famous name in the party and the fewest friends at this table.
    "Don't mistake this for your victory, Lev Davidovich. Ilyich's letter had a paragraph about you too." # SPEAKER: Zinoviev
- else:
    "No hard feelings, Koba. The party needs you. In the Politburo." # SPEAKER: Zinoviev
    You smile at him. You have a long memory and a great deal of patience.
}
This is the counterfactual historians argue about most for 1924: the testament acted on. Stalin has lost the title, not the network: Kotkin and Harris would expect the provincial secretaries he placed since 1922 to keep their posts, and to remember who gave them. # FACT: F021 F074 F080 F093
Nor is it a democracy. One party, the ban on factions and the secret police remain, and so does the grain question: low state prices and empty village shops would plausibly bring a crisis like that of 1927–28. # FACT: F084 F101 F102
You did what Lenin asked. Was it enough? Play again, and try another road.
-> ending_collective_leadership.questions

=== short_epilogue_stalin_out_of_secretariat
{
- not lenin_dead && protagonist == "Trotsky":
    The Congress is over, and Lenin's case has been carried: the delegates heard his notes on Georgia, and they know whom he meant. Stalin is no longer General Secretary; {general_secretary} has the keys of the Secretariat, and Stalin keeps his seat in the Politburo.
    In the corridors they are already saying that you split the party while Lenin lay ill.
    "The comrades have done what Ilyich wanted. Let us hope we know what he wanted next." # SPEAKER: Kamenev
- not lenin_dead:
    You asked to be released from the Secretariat, and the Central Committee took you at your word. {general_secretary}, a quiet Latvian, has the keys now, and the card index of every provincial secretary you placed. The Politburo seat is still yours.
    "You have done what Ilyich wanted, Koba. Nobody will forget it." # SPEAKER: Kamenev
- protagonist == "Trotsky":
    Lenin's letter has been obeyed after all. {general_secretary} holds the Secretariat; Stalin keeps his seat in the Politburo and his clients in the provinces.
    "Ilyich's letter cuts every way, Lev Davidovich. Remember that." # SPEAKER: Zinoviev
- else:
    You questioned Lenin's last letter in front of his widow, and the new Central Committee has done what the letter asked. {general_secretary} holds the Secretariat; you keep your seat in the Politburo, for now, and your clients keep their posts.
    "You should have let us save you, Koba." # SPEAKER: Zinoviev
}
{not lenin_dead:
    Since the stroke of 10 March Lenin has not spoken a sentence; in history he died on 21 January 1924. # FACT: F001 F009
}
Historians who imagine this road are cautious. Lewin read Lenin's last months as a campaign against Stalin's power that no one but Lenin could have led; and a new General Secretary, all Lenin asked for, still leaves Stalin in the leadership. # FACT: F017 F073
Whoever holds the Secretariat inherits Lenin's party: one party, the ban on factions, the secret police, secretaries appointed from above. And the grain question comes whoever leads. # FACT: F084 F074 F101
Lenin's advice was followed. Was it the right advice? Play again, and try another road.
-> ending_stalin_out_of_secretariat.questions

=== short_epilogue_zinoviev_led
Zinoviev sits at the head of the table now, talking about the kulak danger and the international revolution in the same breath. In 1917 he voted against the rising; now he sits where Lenin sat, with Kamenev beside him, adding up what it will cost.
{
- protagonist == "Trotsky" && alliance != NoAlliance:
    You stood beside them, and the Congress refused to endorse its own Central Committee. Zinoviev thanks you in private and keeps you at arm's length in public.
- protagonist == "Trotsky":
    You watched the quarrel of your enemies and let it burn. Zinoviev has won it, and no longer needs to break you.
- stalin_bloc == WithTroika:
    You kept the troika, and Zinoviev has presented the bill: every provincial appointment now goes to the Politburo, where he reads the files first.
- else:
    You balanced too long, and the Leningraders did not. Zinoviev has the majority, and you have a long memory.
}
"Comrades, we shall be a collective leadership in fact and not only in words." # SPEAKER: Zinoviev
This is a rarer road. Figes and Deutscher think a Zinoviev-led, more collective leadership was plausible for a time; nobody thinks it would have been stable. # FACT: F054 F097 F021
Zinoviev's line means faster industry and heavier taxes on the better-off peasants, not the end of NEP; nor party democracy, for the ban on factions and the secret police pass intact to the new majority. # FACT: F050 F051 F084
{protagonist == "Stalin":You still have your clients in the provinces.|Stalin still has his clients in the provinces.} Then the grain question returns, and a leadership already set on squeezing the kulaks meets it halfway to coercion. # FACT: F074 F101 F102
A party led from Leningrad. Would it have been so different? Play again, and try another road.
-> ending_zinoviev_led.questions

=== short_epilogue_bukharin_nep
The grain has come in: not fast, not enough for the new factories, but bought, not taken. Bukharin is at the table, talking about a socialism that grows at a snail's pace, but grows.
{
- protagonist == "Stalin":
    {right_defeated:You condemned Bukharin's group once, then took up his programme yourself.|For more than a year the Right's line has held at this table.} You are still General Secretary, of a party that has chosen patience.
    "Koba, you see? The peasant pays us in grain when we pay him in goods." # SPEAKER: Bukharin
- trotsky_fate == Readmitted:
    You came back from Alma-Ata in the spring, to a party card and a minor post. The Right won with your people's votes, and Bukharin nods to you in corridors. He does not invite you in.
- else:
    The news reaches you far from the Politburo. The Right has won, with help it will never admit to: yours.
}
Was the road real? Cohen argued so: trade with the peasants, voluntary cooperation, slower but steadier industry. Kotkin, imagining Stalin dead in 1928, put the chance of coerced wholesale collectivisation "near zero"; sceptics such as Bean expect the grain crises to come back, and with them a later, perhaps milder, turn to coercion. # FACT: F044 F069 F101 F117
Nor is this a free country: one party, the secret police and the ban on factions remain. # FACT: F084
Content note: the next paragraph describes famine and mass repression. # CONTENT_NOTE: repression, famine
In history this road closed. Forced collectivisation began in 1930; more than 1.8 million people were deported as "kulaks" in 1930–31, and the famine of 1931–33 killed roughly 5 to 7 million (Kotkin), about 3.5 million of them in Ukraine and 1.2 to 1.4 million in Kazakhstan. Bukharin and Rykov were shot on 15 March 1938. # FACT: F117 F072
On this road, plausibly, there is no famine, and slower growth in heavy industry; whether that would have lost the war of 1941 or won it more cheaply is not settled.
The snail's pace, or another crisis? Play again, and try another road.
-> ending_bukharin_nep.questions

=== short_epilogue_trotsky_led
The new Central Committee meets, and for the first time since Lenin fell ill its majority follows you. Lenin called you perhaps the most able man in the Central Committee, and too sure of yourself; tonight you think about the second half of the sentence.
{alliance != NoAlliance:Zinoviev and Kamenev sit beside you. They brought the Leningrad machine; you brought the name. Neither trusts the other.|You won without Zinoviev and Kamenev, so they owe you nothing, and fear you more than ever.} {general_secretary == Stalin:Stalin is still General Secretary, for the moment, and very quiet.|Stalin, out of the Secretariat, writes down who voted how.}
"The party chose a line, Lev Davidovich, not a leader. Let us all remember that." # SPEAKER: Zinoviev
Historians rarely imagine this road, and never as a happy one. The fear of a Bonaparte that made Zinoviev and Kamenev choose Stalin does not vanish because you won a vote (Figes, Deutscher). # FACT: F020 F023
Your programme is planning, faster industry and heavier taxes on the richest peasants, not forced collectivisation; Roberts calls you a moderate critic of NEP. But the tools are Lenin's, and partly yours: one party, the ban on factions you voted for in 1921, the secret police. A leader who wins with such tools tends to keep them. # FACT: F027 F046 F084
And the grain question returns, whoever leads. Nove thought fast industry made considerable coercion hard to avoid, though not Stalin's extremes. # FACT: F101 F102
You filled the empty chair. Did it change the system, or only the man in it? Play again, and try another road.
-> ending_trotsky_led.questions

=== short_epilogue_army_coup
A week after the night the Kremlin guard changed hands. Armoured cars stand at the Borovitsky Gate. You hold the Kremlin, the telegraph and the stations; Dzerzhinsky holds the Lubyanka, and the OGPU's own troops.
Stalin, Zinoviev and Kamenev wait in their apartments under guard. Leningrad has declared against you, and Frunze says the army must stay united, without saying behind whom.
"You have taken a city, Lev Davidovich. Now try to govern a country with it." # SPEAKER: Stalin
You have done what Trotsky never did. The sources expect what a coup that succeeds brings: a military dictatorship and civil strife, not the party democracy of the New Course. # FACT: F022 F096
Plausibly months of fighting follow, for Leningrad and the provinces, while a military council governs by decree and the peasants, who remember requisitioning, hide their grain. # FACT: F074 F091
The fear of a Red Bonaparte that Figes and Deutscher saw behind Zinoviev's and Kamenev's choices has come true. Who ruled in 1953, and whether you lived to see it, nobody can say. # FACT: F020 F084
This is the road Trotsky refused. Why did he refuse it? Play again, and try another road.
-> ending_army_coup.questions

=== short_epilogue_fallen_early
{
- protagonist == "Stalin":
    The new Central Committee has taken the Secretariat from you and given it to {general_secretary}. There is talk of a commissariat far from Moscow.
    {apparatus >= 50: Your secretaries in the provinces still write to you.|The letters from the provinces have stopped.} Zinoviev sits where you expected to sit, and talks as if he always had.
    "We should have done this in 1924, Koba. Ilyich told us to." # SPEAKER: Kamenev
    This is the road Kotkin imagined when he asked what would have happened had Stalin died in 1928: without him, he argued, the chance of forced wholesale collectivisation was near zero.
    A collective leadership forms without you, none of its members trusting the others, and the grain crisis comes to it too. The one-party state, the ban on factions and the secret police pass to your successors intact: the machine you built does not need you to run. # FACT: F101 F084 F074
    The machine outlived its maker. Would it have made another? Play again, and try another road.
- else:
    {
    - trotsky_arrested():
        They put you in a railway carriage with the blinds down, Natalia beside you, bound for somewhere far to the east. The OGPU, the party cells and most commanders followed the Politburo majority, as the sources suggest they would. # FACT: F022 F084
    - trotsky_fate == ExpelledFromParty:
        Two-thirds of the joint plenum raised their hands, under Lenin's own ban on factions. That night Natalia packs the archive into crates. In history the expulsion came in November 1927; here it comes sooner. # FACT: F062 F084
    - else:
        You are out of the Politburo, at a desk for concessions and electrical industry. Foreign negotiators stare at you across the table as if at a monument. # FACT: F096
    }
    The struggle goes on without you, and plausibly faster: the Secretariat chooses the delegates, and the votes follow. # FACT: F074
    Content note: the next paragraph describes famine and mass repression. # CONTENT_NOTE: repression, famine
    If it follows history's road, Stalin's victory brings forced collectivisation from 1930 and a famine in 1931–33 that kills roughly 5 to 7 million (Kotkin), about 3.5 million in Ukraine and 1.2 to 1.4 million in Kazakhstan; then the show trials, at which Zinoviev and Kamenev are shot in 1936, Bukharin and Rykov in 1938. In history Trotsky, deported in 1929, was murdered in Mexico in 1940. No road of defeat in this party was safe. # FACT: F117
    You fell before the real fight began. Could it have gone otherwise? Play again, and try another road.
}
-> ending_fallen_early.questions

=== short_epilogue_capitulation
A desk in a planning office, a window on a courtyard, and a party card in your breast pocket. The statement you signed is in Pravda's files: Trotskyism was a deviation, and you lay down your arms.
"Welcome back, Lev Davidovich. Now work. The party needs engineers more than prophets." # SPEAKER: Ordzhonikidze
Zinoviev and Kamenev came back by the same door in June 1928. {testament_denied: It is the second statement you have signed against your conscience; the first said Lenin left no testament.} Natalia asks what you have bought. You tell her: time.
Content note: the next paragraphs describe famine and mass repression. # CONTENT_NOTE: repression, famine
This is the road of the capitulators: many of Trotsky's followers capitulated in 1929, and most of their leaders were later shot. # FACT: F062
Around them came forced collectivisation and a famine in 1931–33 that killed roughly 5 to 7 million (Kotkin), about 3.5 million in Ukraine and 1.2 to 1.4 million in Kazakhstan. Zinoviev and Kamenev confessed to invented crimes, their families threatened, and were shot on 25 August 1936; Bukharin and Rykov on 15 March 1938. # FACT: F117 F072
Where would you have been in 1936? Plausibly in the dock beside them. The Trotsky of history, who refused to submit, was murdered in Mexico by Ramón Mercader in August 1940.
Submission did not save the men who submitted. Resistance did not save the man who resisted. Play again, and try another road.
-> ending_capitulation.questions
