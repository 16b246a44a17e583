// Renderer entry: connect the stores to main through the bridge, then draw.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { getBridge } from './app/bridge';
import { connectStores } from './app/bootstrap';
import { l10n } from './strings';
import './styles/theme.css';

const root = document.getElementById('root');
if (root) {
  const bridge = getBridge();
  {
    createRoot(root).render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
    connectStores(bridge).catch((error: unknown) => {
      console.error('Could not load the snapshot', error);
      root.textContent = l10n.errors.bridgeMissing;
    });
  }
}
