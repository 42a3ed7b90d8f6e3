/**
 * The vote model (story/functions.ink, vote()): history's votes go history's way whatever the seed, and
 * chance turns only a close vote, never into a landslide.
 */
import storyJson from '../../story/main.ink';
import { InkList } from 'inkjs/engine/InkList';
import { Story } from 'inkjs/engine/Story';
import { describe, expect, it } from 'vitest';

import { InkRunner } from '../../src/narrative/InkRunner.ts';
import type { Vote } from '../../src/narrative/tags.ts';
import { historicalPolicy, playthrough } from '../../src/sim/playthrough.ts';

const SEEDS = 300;

/**
 * The runs play in inkjs's skipLookahead mode, about twice as fast: the same lines, tags, state and
 * votes as the standard mode (test/story/skipLookahead.*, against stock inkjs).
 */
const runner = new InkRunner(storyJson, undefined, { skipLookahead: true });

// Each run is played once: the tests below read the same runs (Stalin's, seed by seed, twice).
const played = new Map<string, { date: string; vote: Vote }[]>();

/** The votes of one historical run, in order, each with the date of the scene it was taken in. */
function historicalVotes(protagonist: string, seed: number): { date: string; vote: Vote }[] {
  const key = `${protagonist} ${String(seed)}`;
  const known = played.get(key);
  if (known) return known;
  const votes: { date: string; vote: Vote }[] = [];
  let date = '';
  playthrough(storyJson, {
    seed,
    policy: historicalPolicy(protagonist),
    runner,
    onBeat: (beat) => {
      for (const line of beat.lines) {
        date = line.date ?? date;
        if (line.vote) votes.push({ date, vote: line.vote });
      }
    },
  });
  played.set(key, votes);
  return votes;
}

const outcome = (v: Vote): string => `${v.forum} ${v.for > v.against ? 'carried' : 'lost'}`;

describe('history’s votes', () => {
  for (const protagonist of ['Trotsky', 'Stalin']) {
    it(`as ${protagonist}, go the same way on every one of ${String(SEEDS)} seeds`, () => {
      const first = historicalVotes(protagonist, 1).map(({ date, vote }) => `${date}: ${outcome(vote)}`);
      expect(first.length).toBeGreaterThan(4);
      for (let seed = 2; seed <= SEEDS; seed++) {
        const votes = historicalVotes(protagonist, seed).map(({ date, vote }) => `${date}: ${outcome(vote)}`);
        expect(votes, `seed ${String(seed)}`).toEqual(first);
      }
    });
  }

  it('as Stalin, the May 1924 plenum sends Lenin’s letter to the delegations, not the Congress, comfortably', () => {
    for (let seed = 1; seed <= SEEDS; seed++) {
      const letter = historicalVotes('Stalin', seed).find((v) => v.date.includes('May 1924'));
      expect(letter?.vote.forum, `seed ${String(seed)}`).toBe('CC plenum');
      const { for: ayes = 0, against = 0 } = letter?.vote ?? {};
      // Zinoviev and Kamenev carried the plenum (F019): not a vote that a few hands decide.
      expect(
        ayes / (ayes + against),
        `seed ${String(seed)}: ${String(ayes)}–${String(against)}`,
      ).toBeGreaterThan(0.6);
    }
  });
});

describe('chance in a vote', () => {
  const story = new Story(storyJson);
  const KINDS = ['Congress', 'Conference', 'Plenum', 'JointPlenum'];
  // A forum of 624 with a bloc of 65 bound against (the 14th Congress) and a Central Committee of 53.
  const FORUMS = [
    { voters: 624, bloc: 65 },
    { voters: 624, bloc: 0 },
    { voters: 53, bloc: 0 },
  ];
  /** A vote as vote() casts it with the story's random seed set to `seed`. */
  function cast(kind: string, voters: number, lean: number, bloc: number, seed: number): [number, number] {
    story.state.storySeed = seed;
    story.state.previousRandom = 0;
    const forumKind = InkList.FromString(`ForumKind.${kind}`, story);
    story.EvaluateFunction('vote', ['test', forumKind, voters, lean, bloc]);
    return [Number(story.variablesState.$('votes_for')), Number(story.variablesState.$('votes_against'))];
  }

  it('turns only a close vote, and then every tally is close: at most 56 to 44', () => {
    let turned = 0;
    for (const kind of KINDS) {
      for (const { voters, bloc } of FORUMS) {
        for (let lean = 0; lean <= 100; lean++) {
          const tallies = Array.from({ length: 40 }, (_, i) => cast(kind, voters, lean, bloc, i + 1));
          const shares = tallies.map(([a, b]) => a / (a + b));
          const carried = shares.filter((s) => s > 0.5).length;
          const where = `${kind}, ${String(voters)} voters, lean ${String(lean)}`;
          // Chance moves a tally by at most CHANCE_SWING (5) points of the share each way.
          expect(Math.max(...shares) - Math.min(...shares), where).toBeLessThanOrEqual(0.1 + 1 / voters);
          if (carried === 0 || carried === tallies.length) continue;
          turned += 1;
          // Chance decided this one: then every tally it gave is close.
          for (const s of shares) expect(Math.max(s, 1 - s), where).toBeLessThanOrEqual(0.56 + 1 / voters);
        }
      }
    }
    // Chance still decides some close votes.
    expect(turned).toBeGreaterThan(0);
  });
});

describe('the 14th Congress with Trotsky beside Zinoviev', () => {
  it('is won, if at all, narrowly: Leningrad’s bloc and about half the delegates the secretaries chose', () => {
    const wins: string[] = [];
    let lost = 0;
    for (let seed = 1; seed <= 300; seed++) {
      let atCongress = false;
      let tally: Vote | undefined;
      playthrough(storyJson, {
        seed,
        policy: (beat, random) => {
          const named = beat.choices.findIndex((c) => c.protagonist === 'Trotsky');
          if (named >= 0) return named;
          if (beat.lines.some((l) => l.decision === 't9_fourteenth_congress')) {
            atCongress = true;
            return beat.choices.findIndex((c) => c.text.startsWith('Kamenev is right'));
          }
          return Math.floor(random() * beat.choices.length);
        },
        runner,
        onBeat: (beat) => {
          for (const line of beat.lines)
            if (atCongress && !tally && line.vote?.forum === '14th Congress') tally = line.vote;
        },
      });
      if (!tally) continue;
      // The motion is the Central Committee's report: the opposition wins when it is voted down.
      if (tally.against > tally.for) wins.push(`${String(tally.against)}–${String(tally.for)}`);
      else lost += 1;
      const share = tally.against / (tally.for + tally.against);
      // Never a landslide: the apparatus chose every delegate outside Leningrad (F047, F054).
      expect(
        share,
        `seed ${String(seed)}: ${String(tally.against)}–${String(tally.for)}`,
      ).toBeLessThanOrEqual(0.58);
    }
    // Possible, and rare: history's result (a loss) is by far the likeliest.
    expect(wins.length).toBeGreaterThan(0);
    expect(lost).toBeGreaterThan(wins.length * 10);
  }, 120_000);
});
