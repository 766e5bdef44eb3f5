// Popup entry: mounts the Preact app; the query string may name the tab (?tabId=N or ?url=…).
import { render } from 'preact';
import { App } from './App';
import './style.css';

const root = document.getElementById('app');
if (root) render(<App search={location.search} />, root);
