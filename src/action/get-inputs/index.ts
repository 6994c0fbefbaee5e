export { type ActionCommand, type ActionInputs, getInputs, type Publish } from './get-inputs.js';
