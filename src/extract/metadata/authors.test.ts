import { test } from 'node:test'
import assert from 'node:assert/strict'
import { cleanAuthors, isOrganizationName, uninvertName } from './authors.js'

test('should split a credit line into its people', () => {
  assert.deepEqual(cleanAuthors(['By JOSH HASKELL, DAVID CAPLAN and PATRICK REEVELL']), ['JOSH HASKELL', 'DAVID CAPLAN', 'PATRICK REEVELL'])
  assert.deepEqual(cleanAuthors(['Julia Carrie Wong & Sam Levin']), ['Julia Carrie Wong', 'Sam Levin'])
  assert.deepEqual(cleanAuthors(['Von Anna Müller und Jan Berg']), ['Anna Müller', 'Jan Berg'])
})

test('should drop bare role words such as Staff', () => {
  assert.deepEqual(cleanAuthors(['Staff']), [])
  assert.deepEqual(cleanAuthors(['By Staff']), [])
  assert.deepEqual(cleanAuthors(['Editors']), [])
})

test('should keep a named desk byline as the page prints it', () => {
  assert.deepEqual(cleanAuthors(['AOL Staff']), ['AOL Staff'])
})

test('should drop e-mail addresses, URLs, dates and job titles', () => {
  assert.deepEqual(cleanAuthors(['Mike Cason, mcason@al.com']), ['Mike Cason'])
  assert.deepEqual(cleanAuthors(['https://www.facebook.com/someone']), [])
  assert.deepEqual(cleanAuthors(['Howard BlumeStaff Writer']), ['Howard Blume'])
  assert.deepEqual(cleanAuthors(['Wednesday January 18, 2017 10:44 am PST by Juli Clover']), ['Juli Clover'])
  assert.deepEqual(cleanAuthors(['Senior Writer']), [])
})

test('should recognise wire services and the outlet as organizations', () => {
  assert.equal(isOrganizationName('The Associated Press', []), true)
  assert.equal(isOrganizationName('CBC News', ['CBC']), true)
  assert.equal(isOrganizationName('Pete Evans', ['CBC']), false)
})

test('should turn surname-first analytics names around', () => {
  assert.equal(uninvertName('Gillman, Steve'), 'Steve Gillman')
  assert.equal(uninvertName('Steve Gillman'), 'Steve Gillman')
})

test('should keep names that contain title-like words and cut real job titles', () => {
  assert.deepEqual(cleanAuthors(['Bushrod Washington']), ['Bushrod Washington'])
  assert.deepEqual(cleanAuthors(['Analysis by Chris Cillizza, CNN Editor-at-large']), ['Chris Cillizza'])
  assert.deepEqual(cleanAuthors(['TOM KRISHER, AP Auto Writer']), ['TOM KRISHER'])
})

test('should treat a section desk of the outlet as the outlet', () => {
  assert.equal(isOrganizationName('CNN Business', ['CNN']), true)
  assert.equal(isOrganizationName('Sputnik', []), true)
})

test('should clean names glued to handles, titles, dates and their own copies', () => {
  assert.deepEqual(cleanAuthors(['Tom DiChristopher@tdichristopher']), ['Tom DiChristopher'])
  assert.deepEqual(cleanAuthors(['Gina TrapaniCEO']), ['Gina Trapani'])
  assert.deepEqual(cleanAuthors(['Andrea WongAndrea Wong']), ['Andrea Wong'])
  assert.deepEqual(cleanAuthors(['By Keith Noonan - Jan 9, 2017 at 10:05AM']), ['Keith Noonan'])
  assert.deepEqual(cleanAuthors(['Grant Brisbee', 'GrantBrisbee', 'Twitter']), ['Grant Brisbee'])
})
