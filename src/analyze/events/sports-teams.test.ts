import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { ArticleEvent, Entity } from '../../model/article.js'
import { loadModels } from '../models.js'
import { hasPoliticalSideBesideTeams, isTeamSportsAct } from './sports-teams.js'
import { ruleTypes } from './test-context.js'
import { testSentence, wordIndex } from './test-sentence.js'

// Sentences written in the shapes of match reports read on scrapinghub pages (issue 15), where a
// retrained detector coded a country's team as its government ("Wales beat Hungary 2-0" ASSAULT).
const models = loadModels()
const teamAct = (text: string, word: string, type: string, names: Array<[string, Entity['type'], string]>): boolean => {
  const ts = testSentence(models, text, names)
  return isTeamSportsAct(ts, { index: wordIndex(ts, word), type })
}

test('should read a result between countries with a score or a sports word as no event', () => {
  assert.ok(
    teamAct('Wales beat Hungary 2-0 in the qualifier on Tuesday.', 'beat', 'ASSAULT', [
      ['Wales', 'GPE', 'GBR'],
      ['Hungary', 'GPE', 'HUN'],
    ]),
  )
  assert.ok(
    teamAct('Brazil thrashed Peru to reach the quarterfinals.', 'thrashed', 'ASSAULT', [
      ['Brazil', 'GPE', 'BRA'],
      ['Peru', 'GPE', 'PER'],
    ]),
  )
  assert.ok(
    teamAct('Portugal allowed only one shot on goal in the match against Serbia.', 'allowed', 'CONCEDE', [
      ['Portugal', 'GPE', 'PRT'],
      ['Serbia', 'GPE', 'SRB'],
    ]),
  )
})

test('should keep a defeat by armed forces and a vote count', () => {
  assert.ok(!teamAct('Government forces defeated the rebels near Aleppo in the final assault.', 'defeated', 'ASSAULT', [['Aleppo', 'GPE', 'SYR']]))
  assert.ok(!teamAct('Russia beat back the offensive, and its army took the town 2-0 ahead.', 'beat', 'ASSAULT', [['Russia', 'GPE', 'RUS']]))
  assert.ok(!teamAct('Congress defeated the bill 51-49 in the Senate vote.', 'defeated', 'REJECT', [['Congress', 'ORG', 'USA']]))
})

test('should keep a result told without any sports word, and an attack between countries', () => {
  assert.ok(
    !teamAct('Russia beat Croatia on Monday.', 'beat', 'ASSAULT', [
      ['Russia', 'GPE', 'RUS'],
      ['Croatia', 'GPE', 'HRV'],
    ]),
  )
  const attack = ruleTypes(models, 'Russia attacked Georgia in August 2008 after weeks of clashes.')
  assert.ok(attack.includes('ASSAULT attacked'), attack.join(', '))
})

test('should take a country named on a sports page as a team, not a political side', () => {
  const entities: Entity[] = [
    { id: 'e1', name: 'Russia', type: 'GPE', aliases: [], mentions: [], country: 'RUS' },
    { id: 'e2', name: 'Croatia', type: 'GPE', aliases: [], mentions: [], country: 'HRV' },
    { id: 'e3', name: 'Kremlin', type: 'ORG', aliases: [], mentions: [], country: 'RUS' },
  ]
  const beat = { actor: 'e1', recipient: 'e2', actorSector: 'GOV', recipientSector: 'GOV' } as ArticleEvent
  const sport = [{ code: 'medtop:15000000', label: 'sport', score: 0.8 }]
  const arts = [{ code: 'medtop:01000000', label: 'arts, culture, entertainment and media', score: 0.8 }]
  assert.equal(hasPoliticalSideBesideTeams(beat, entities, sport), false)
  assert.equal(hasPoliticalSideBesideTeams(beat, entities, arts), true)
  assert.equal(hasPoliticalSideBesideTeams({ ...beat, actor: 'e3' }, entities, sport), true)
})
