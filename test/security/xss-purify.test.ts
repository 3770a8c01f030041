import { corpusPage } from './xss-corpus.helpers.js';

corpusPage({ engine: 'purify', csp: false, plain: false, linked: true, part: 1 });
