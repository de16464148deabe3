/**
 * The shipped knowledge-base files (`models/kb/`) and the columns of `kb.tsv.gz`, shared by the
 * build script that writes them and the loader that reads them.
 */

/** File names inside `models/kb/`. */
export const KB_FILES = { entities: 'kb.tsv.gz', world: 'world.json' } as const

/**
 * Columns of the entity lines of `kb.tsv.gz`, in order (the first line of the file repeats them).
 * After the entities, one empty line, then the name index: `foldedName<TAB>i,j,...` lines sorted
 * by code unit, so loading only splits lines and a lookup is a binary search (no map to build).
 */
export const KB_COLUMNS = ['id', 'type', 'name', 'aliases', 'wikipedia', 'titleBasis', 'country', 'lat', 'lon', 'kind', 'admin1', 'prior', 'description', 'years', 'sector', 'geonameid'] as const
