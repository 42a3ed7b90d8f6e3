/**
 * The teacher's guide, on screen and as a clean A4 print (at most four pages): a 45-minute lesson and
 * its variants, the learning goals, the endings, the "Why did Stalin win?" factors with what historians
 * argue, notes on the discussion questions, a reading list across the schools, a warning about partisan
 * sources, and the codex. Written for teachers of 14–18-year-olds; it follows FACTBASE.
 */
import { CAUSE_NOTES } from '../classroom/causes.ts';
import { ENDING_NOTES } from '../classroom/endings.ts';
import { h } from './dom.ts';
import { codexLists } from './CodexScreen.ts';
import { RUN_TIMES } from './runLength.ts';
import { jumpLinks } from './Statements.ts';

type Child = HTMLElement | string;
const p = (...text: Child[]): HTMLElement => h('p', {}, ...text);
const li = (...text: Child[]): HTMLElement => h('li', {}, ...text);
const b = (text: string): HTMLElement => h('strong', {}, text);

function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'guide-section', id }, h('h2', {}, title), ...children);
}

function lesson(): HTMLElement {
  return section(
    'guide-lesson',
    'A 45-minute lesson: “Why did Stalin win?”',
    h(
      'p',
      {},
      b('Before (15 minutes, the day before). '),
      'Open ',
      b('Class set-up'),
      ': choose the side (“Everyone plays Stalin” makes the sharpest “why did he win?” debate), “One seed for the ' +
        `whole class” (the same chances, so runs can be compared) and “Lesson length” (${RUN_TIMES.short ?? 'shorter'}: ` +
        `the key decisions, the years between told in brief; the full story takes ${RUN_TIMES.full ?? 'longer'}). ` +
        'The game keeps pupils’ places, so they can finish at home. Try the link on a school ' +
        'device (once loaded, it works offline). On your device, clear the ',
      b('Class board'),
      ' and decide where pupils will paste their result codes (a shared document or the class chat).',
    ),
    h(
      'ol',
      { class: 'guide-timeline' },
      li(
        b('0–5 min · The question. '),
        'Project the title. “Lenin is dying, and no rule says who comes next. In 1922, who would you bet on, and ' +
          'why?” Most pupils pick Trotsky: write the votes on the whiteboard.',
      ),
      li(
        b('5–27 min · Play. '),
        'Pupils scan the QR code and play in pairs. Ask them to read each “In history” note and to tap the dotted ' +
          'words (the codex). Pairs who reach an ending early open its debrief; the others stop where they are.',
      ),
      li(
        b('27–32 min · Gather. '),
        'Each pair pastes its result code where you asked: it is under the ending, or, for a run not finished, on ' +
          'the Timeline (its decisions so far). Paste them all into the Class board. Where the board offers “Scan QR ' +
          'codes with the camera” (Chrome on a Mac, a Chromebook or Android), pairs can hold up their QR code instead.',
      ),
      li(
        b('32–42 min · Discuss, with the Class board on the projector. '),
        'How did the class’s runs end, and who holds power in each ending? At which decisions did the class leave ' +
          'history’s choice, and did it change the ending? Which causes moved most? Take two questions from the list below.',
      ),
      li(
        b('42–45 min · Exit ticket. '),
        '“In one sentence: did Stalin win more because of the system or because of the choices people made? Give ' +
          'one piece of evidence from your run.”',
      ),
    ),
    p(
      b('After. '),
      'Pupils print or save the two-page debrief handout from their ending (name, class and date lines, room for two ' +
        'answers) and answer two of its questions as homework.',
    ),
    p(
      b('Homework variant. '),
      `Set the full story (${RUN_TIMES.full ?? 'every decision'}) as homework with the class link; pupils send their result code through your ` +
        'usual homework tool and bring their debrief handout. The lesson is then the Class board, the discussion and ' +
        'the What-if Lab.',
    ),
    p(
      b('Two-lesson variant. '),
      'Lesson 1: the full run in pairs, one pair as Trotsky and one as Stalin at each table; gather the result codes. ' +
        'Lesson 2: the Class board, then the What-if Lab on the projector. Play as Trotsky, with the decisions you ' +
        'do not pin made “as history did”; tick “Compare with a second scenario (B)”; then in scenario A pin ' +
        '“Lenin’s letter at the plenum” (May 1924) to “Krupskaya is right…”, and Run. How often is Stalin still on ' +
        'top? Then a written answer weighing structure and contingency, with two historians.',
    ),
    p(
      b('One screen only. '),
      'In Settings, set Display to “Projector” (large type and table) and play one run with the class, who vote ' +
        'by a show of hands at each decision (keys 1–4 choose).',
    ),
  );
}

function goals(): HTMLElement {
  return section(
    'guide-goals',
    'Learning goals',
    h(
      'ol',
      {},
      li(
        'Describe how Stalin rose from General Secretary (April 1922) to unchallenged leader (1929), naming the ' +
          'forums where it was decided: the Politburo, Central Committee plenums, conferences and the 13th, 14th ' +
          'and 15th Congresses.',
      ),
      li(
        'Weigh the causes of his victory: the structure of the party (a centralised machine, the Secretariat’s ' +
          'appointments, the 1921 ban on factions) against contingency and choices (Lenin’s early death, the ' +
          'testament kept quiet, his rivals’ mistakes).',
      ),
      li(
        'Use counterfactuals with care: say what was really open at the time, and why a plausible alternative is ' +
          'not a certain one.',
      ),
      li(
        'Compare historians’ interpretations, and check a source: the game corrects its own revision notes, and ' +
          'each “Source” shows where the notes were wrong.',
      ),
    ),
  );
}

function endings(): HTMLElement {
  return section(
    'guide-endings',
    'The endings',
    p(
      'Two endings are history’s; the others are counterfactuals that historians have argued about, told as ' +
        'plausible, never certain, and never as utopias. In each, the game names who holds power.',
    ),
    h(
      'dl',
      { class: 'guide-endings' },
      ...ENDING_NOTES.flatMap((n) => [
        h(
          'dt',
          {},
          n.title,
          h('span', { class: 'guide-as' }, ` · as ${n.as.join(' or ')}${n.history ? ' · history' : ''}`),
        ),
        h('dd', {}, n.meaning),
      ]),
    ),
  );
}

const FACTOR_GROUPS: { title: string; causes: string[]; argue: string }[] = [
  {
    title: 'The machine (structure)',
    causes: [
      'Centralism',
      'Offices',
      'Organisation',
      'Patronage',
      'Purges',
      'NewMembers',
      'Votes',
      'FactionBan',
    ],
    argue:
      'Carr, and later Rigby and Harris, put the apparatus first: whoever controlled appointments chose the ' +
      'delegates who elected the Central Committee. Hatch and Siegelbaum warn that the new members of 1924 were ' +
      'not simply Stalin’s tools.',
  },
  {
    title: 'Ideas and the party’s mood (structure)',
    causes: ['Doctrine', 'RadicalMood', 'NationalPride', 'CivilWarMethods'],
    argue:
      'Deutscher saw “socialism in one country” matching a tired, isolated party; Fitzpatrick stresses the ' +
      'impatience of the young; Kotkin argues that Stalin believed in his Leninism and acted on it. The “national ' +
      'pride” of the revision notes is mostly anachronistic for the 1920s.',
  },
  {
    title: 'Stalin’s skill (agency)',
    causes: [
      'Tactics',
      'DivideAndRule',
      'Flexibility',
      'Moderation',
      'Discipleship',
      'Misrepresentation',
      'AtTheCentre',
      'Surveillance',
    ],
    argue:
      'Service and Kotkin see an able, well-read and ruthless politician, not the “grey blur” his rivals saw. ' +
      'Whether he changed sides from opportunism (Deutscher) or conviction (Kotkin) is a good debate. The phone-' +
      'tapping story rests on one memoir.',
  },
  {
    title: 'His rivals’ mistakes and chance (contingency)',
    causes: ['Luck', 'TestamentBuried', 'FuneralAbsence', 'Personality', 'Underestimated', 'Alliances'],
    argue:
      'Lewin argues that Lenin, had he lived, meant to remove Stalin; Cohen that Bukharin’s NEP was a real ' +
      'alternative; Kotkin that without Stalin forced collectivisation was close to unthinkable. Others reply that ' +
      'the one-party state Lenin built made a dictator likely, whoever won.',
  },
];

function factors(): HTMLElement {
  const name = (cause: string): string => CAUSE_NOTES.find((c) => c.cause === cause)?.name ?? cause;
  return section(
    'guide-factors',
    'Why did Stalin win? The factors, and the debate',
    p(
      'Every move of the meters in the game is tagged with one of these factors, so the debrief can show which ' +
        'mattered in a pupil’s run. The big debate is ',
      b('structure against contingency'),
      ': did the system make a Stalin likely, or did chance and choices hand him a victory that could have gone ' +
        'another way? Most historians combine the two; the game lets pupils test where the balance lies.',
    ),
    ...FACTOR_GROUPS.map((g) =>
      h(
        'div',
        { class: 'guide-factor-group' },
        h('h3', {}, g.title),
        p(h('span', { class: 'guide-factor-names' }, g.causes.map(name).join(' · '))),
        p(b('Historians: '), g.argue),
      ),
    ),
    p(
      'In pupils’ words, each factor has a one-line explanation in the debrief’s causes ledger; choosing a factor ' +
        'there shows the claim in the revision notes and what the record shows.',
    ),
  );
}

const QUESTIONS: [string, string][] = [
  [
    'How much of Stalin’s victory came from the General Secretary’s office?',
    'The Secretariat and Orgburo placed the provincial secretaries who chose congress delegates. The revision notes ' +
      'wrongly credit Rabkrin. But his colleagues gave him the office, and defended him in May 1924.',
  ],
  [
    'Was Trotsky beaten by Stalin, or by himself?',
    'His absence from the funeral (the date he was given is disputed; he could have returned by special train), ' +
      'his silence on the testament in 1924 and his denial of it in 1925, and no allies until 1926. Deutscher’s ' +
      '“prophet unarmed”.',
  ],
  [
    'Should the testament have been published in May 1924?',
    'The Central Committee chose to read it to each delegation, not to publish it; Zinoviev and Kamenev defended ' +
      'Stalin because they feared Trotsky more. Most historians accept it as Lenin’s; Kotkin doubts part of it.',
  ],
  [
    'Did Stalin have a plan, or take his chances?',
    'Left first, Right later: opportunism (Deutscher) or conviction (Kotkin)? Ask for evidence either way, such as ' +
      'his turn against the Right in 1928.',
  ],
  [
    'Was there an alternative to Stalin, and would it have been better?',
    'Cohen’s Bukharin; Kotkin’s “if Stalin had died”; Nove on whether coercion was needed for fast industry. The ' +
      'game’s other endings keep the one-party state, the ban on factions and the political police.',
  ],
];

function questions(): HTMLElement {
  return section(
    'guide-questions',
    'Discussion questions, with notes',
    p(
      'Each ending asks its own questions in the debrief; these five work for any class. The game never scores ' +
        'repression or famine: treat them soberly, and warn pupils before the epilogues, which carry content notes.',
    ),
    h('ol', { class: 'guide-questions' }, ...QUESTIONS.map(([q, note]) => li(b(q), ' ', note))),
  );
}

const READING: [string, string][] = [
  [
    'Isaac Deutscher, Stalin (1949) and The Prophet Unarmed (1959).',
    'Sympathetic to Trotsky, not uncritical: an exhausted, isolated revolution raised up a bureaucracy, Stalin was ' +
      'its man, and Trotsky’s hesitations helped him.',
  ],
  [
    'E. H. Carr, Socialism in One Country (1958–64), in his History of Soviet Russia.',
    'Structural: the pressures on a backward, isolated revolutionary state shaped the outcome more than personality.',
  ],
  [
    'Stephen F. Cohen, Bukharin and the Bolshevik Revolution (1973).',
    'Bukharin’s NEP was a real and more humane Bolshevik alternative; Stalinism was not inevitable.',
  ],
  [
    'Sheila Fitzpatrick, The Russian Revolution (4th ed., 2017) and On Stalin’s Team (2015).',
    'Social history: support from below, the impatient young, and Stalin as the boss of a team.',
  ],
  [
    'Robert Service, Stalin: A Biography (2004).',
    'No grey bureaucrat: an able, ideological and ruthless politician whose personality and convictions both count.',
  ],
  [
    'Stephen Kotkin, Stalin, vol. 1: Paradoxes of Power (2014).',
    'A convinced Leninist and a master operator inside a system that allowed a dictator; doubts parts of the testament.',
  ],
  [
    'Moshe Lewin, Lenin’s Last Struggle (1968).',
    'In his last months Lenin tried to curb Stalin and the apparatus; illness, not agreement, stopped him.',
  ],
];

function reading(): HTMLElement {
  return section(
    'guide-reading',
    'Reading, across the schools',
    h('ul', { class: 'guide-reading' }, ...READING.map(([work, claim]) => li(b(work), ' ', claim))),
    h(
      'p',
      { class: 'guide-warning' },
      b('A warning about sources online. '),
      'Much that is written online about Stalin and Trotsky is partisan. Stalinist sites still call the testament a ' +
        'forgery and excuse the repression; Trotskyist sites make Trotsky flawless and Stalin a mere usurper; Cold War ' +
        'polemic and memoirs are often passed off as settled fact. Ask pupils who wrote a page and why; prefer named ' +
        'historians, university sites and academic publishers; compare two accounts. Archives of primary texts such ' +
        'as marxists.org are valuable for speeches and letters, not for neutral commentary.',
    ),
  );
}

export interface GuideActions {
  openStatements: () => void;
  openCodex: () => void;
}

export function guideScreen(actions: GuideActions): HTMLElement {
  const print = h(
    'button',
    { type: 'button', class: 'btn btn-primary', 'data-print-guide': '' },
    'Print the guide',
  );
  print.addEventListener('click', () => {
    window.print();
  });
  const statements = h('button', { type: 'button', class: 'btn btn-small' }, 'Privacy and accessibility');
  statements.addEventListener('click', actions.openStatements);
  const codex = h('button', { type: 'button', class: 'btn btn-small' }, 'The codex on screen');
  codex.addEventListener('click', actions.openCodex);
  return h(
    'article',
    { class: 'guide classroom-page', 'data-guide': '' },
    p(
      h(
        'span',
        { class: 'lede' },
        'The Empty Chair is a game of the struggle for Lenin’s succession, 1922–1929, for pupils of 14–18. Each ' +
          'pupil plays Trotsky or Stalin through the real decisions; after each one, an “In history” note says what ' +
          'happened, and the debrief at the end sets the run beside history and asks why Stalin won. No accounts, ' +
          'no server: it runs in the browser, keeps everything there, and works offline once loaded.',
      ),
    ),
    h('div', { class: 'menu no-print' }, print, statements, codex),
    jumpLinks([
      ['Lesson', 'guide-lesson'],
      ['Goals', 'guide-goals'],
      ['Endings', 'guide-endings'],
      ['Factors', 'guide-factors'],
      ['Questions', 'guide-questions'],
      ['Reading', 'guide-reading'],
      ['Codex', 'guide-codex'],
    ]),
    lesson(),
    goals(),
    endings(),
    factors(),
    questions(),
    reading(),
    h(
      'section',
      { class: 'guide-section guide-codex', id: 'guide-codex' },
      h('h2', {}, 'The codex'),
      p('The terms the story links on first use, as pupils see them.'),
      h('div', { class: 'guide-codex-lists' }, ...codexLists('h3')),
    ),
    p(
      b('Privacy and accessibility. '),
      'The game collects and sends nothing, sets no cookies and loads no third-party code; it keeps saves ' +
        'and settings in this browser only. The full privacy and accessibility (WCAG 2.1 AA) ' +
        'statements are in the game, from the title screen and from this guide.',
    ),
  );
}
