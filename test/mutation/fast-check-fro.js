// The mutation run's property tests draw the same examples for every mutant (a fixed seed): a mutant is killed or
// survives the same way each time it is tested, and a property's reach check (each counts how often it reaches its
// real check) cannot fail by chance over the tenth of the examples it runs there (jest.mutation.config.js).
require("fast-check").configureGlobal({ seed: 20261130 });
