import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app';
import { loadAppConfig } from './app-config';
import './styles/app.css';
import './styles/buttons.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
const config = await loadAppConfig();
createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <App realtimeUrl={config.realtimeUrl} />
    </BrowserRouter>
  </StrictMode>,
);
