/** The app's entry: one QueryClient, the App, strict mode. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './app';
import { timelineQueryOptions } from './data/timeline-query';
import './styles.css';

const queryClient = new QueryClient();
// Start fetching the dataset while React renders its first frame, not after it.
void queryClient.prefetchQuery(timelineQueryOptions);
const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
