import { corpusPage } from './xss-corpus.helpers.js';

corpusPage({ engine: 'native', csp: true, plain: true, linked: true, part: 2 });
