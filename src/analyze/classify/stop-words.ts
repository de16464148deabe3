/**
 * English function words that carry no topic: left out of topic features, keywords and the
 * summary's word weights.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an of to in and or for on at by with from as is are was were be been being it its this that these those he she they ' +
    'we you i me him them us his her their our your my has have had having will would shall should said says say not but if than ' +
    'then there which who whom whose what when where why how also after before about into over more most up out so no do does did ' +
    'done can could may might must just one two very all any some such only own same other both each few many much now here too ' +
    'while during until through under again further once because between against above below off down nor own s t don just ' +
    'mr mrs ms dr according told tell like get got going go new year years time last first week day per cent percent'
  ).split(/\s+/),
)
