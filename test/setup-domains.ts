// Every entry point installs the domains by importing the composition root; so does every test.
import '../src/domains/index.js';
