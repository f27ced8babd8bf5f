import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { setupI18n } from './i18n';
import { registerServiceWorker } from './offline/register';
import { showStartFailure } from './start-failure';
import './styles.css';

const root = document.getElementById('root')!;
void setupI18n().then(
  () => {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    registerServiceWorker();
  },
  () => showStartFailure(root),
);
