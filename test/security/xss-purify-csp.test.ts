import { corpusPage } from './xss-corpus.helpers.js';

corpusPage({ engine: 'purify', csp: true, plain: false, linked: false, part: 3 });
