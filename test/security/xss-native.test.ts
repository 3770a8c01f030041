import { corpusPage } from './xss-corpus.helpers.js';

corpusPage({ engine: 'native', csp: false, plain: true, linked: false, part: 0 });
