// jest's jsdom environment with the globals jsdom leaves out that the app's libraries expect of a
// browser (react-router reads TextEncoder when it loads), and React told it runs under act() (so
// updates are flushed inside act and not warned about). Web tests that render React into a DOM
// name it in their docblock: `@jest-environment ./tools/jest-jsdom-environment.cjs`.
const { TestEnvironment } = require('jest-environment-jsdom');

class JsdomEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    Object.assign(this.global, { TextEncoder, TextDecoder, IS_REACT_ACT_ENVIRONMENT: true });
  }
}

module.exports = JsdomEnvironment;
