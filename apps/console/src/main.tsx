import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiClient } from './api/client';
import { browserSessionStore } from './api/session-store';
import { ConsoleApp, router } from './app/App';
import { unlockAudio } from './live/chime';
import './styles.css';

const client = new ApiClient({
  store: browserSessionStore(),
  locks: navigator.locks ?? null,
});

// browsers allow sound only after the user has interacted with the page
for (const type of ['pointerdown', 'keydown'] as const)
  window.addEventListener(type, unlockAudio, { once: true, capture: true });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConsoleApp client={client} routes={router()} />
  </StrictMode>,
);
