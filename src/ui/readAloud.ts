/**
 * Read aloud: the current passage (the story since the last choice, then the choices) spoken by the
 * browser's own speech synthesis, where the browser has it; a voice on the device is preferred, so the
 * text need not leave it. Without speech synthesis there is no button.
 */
import { h } from './dom.ts';

function currentPassage(): string {
  const transcript = document.querySelector('[data-transcript]');
  if (!transcript) return '';
  const entries = [...transcript.children] as HTMLElement[];
  const lastPick = entries.map((e) => e.classList.contains('picked')).lastIndexOf(true);
  const passage = entries
    .slice(lastPick + 1)
    .filter((e) => !e.hidden && !e.classList.contains('shift'))
    .map((e) => e.innerText.trim())
    .filter((t) => t !== '');
  const choices = [...document.querySelectorAll<HTMLElement>('[data-choices] .choice-text')].map(
    (c, i) => `Choice ${String(i + 1)}: ${c.innerText}`,
  );
  return [...passage, ...choices].join('\n');
}

export function readAloudButton(className: string): HTMLButtonElement | null {
  if (!('speechSynthesis' in window)) return null;
  const speech = window.speechSynthesis;
  const button = h('button', { type: 'button', class: className, 'aria-pressed': 'false' }, 'Read aloud');
  const done = (): void => {
    button.setAttribute('aria-pressed', 'false');
    button.textContent = 'Read aloud';
  };
  button.addEventListener('click', () => {
    if (speech.speaking) {
      speech.cancel();
      done();
      return;
    }
    const text = currentPassage();
    if (text === '') return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = 'en-GB';
    const voices = speech.getVoices().filter((v) => v.lang.startsWith('en'));
    const voice = voices.find((v) => v.localService) ?? voices[0];
    if (voice) utterance.voice = voice;
    utterance.addEventListener('end', done);
    utterance.addEventListener('error', done);
    button.setAttribute('aria-pressed', 'true');
    button.textContent = 'Stop reading';
    speech.speak(utterance);
  });
  return button;
}
