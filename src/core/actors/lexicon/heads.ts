/**
 * The last word of a name that says what it names when it is no actor of the story: a landmark or
 * natural feature is a place ("Litani River", "Diriyah Palace"), an event, agreement, award or weapon is
 * no actor at all ("Taif Agreement", "Nobel Prize", "Tomahawk missile"). Lower-case. Organisations'
 * own last words (Ministry, Council, Hospital...) are in organisations.ts.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Landmarks, buildings and natural features: places. */
export const PLACE_HEADS = set(`
river rivers sea ocean gulf bay lake lakes mountain mountains mount hills hill valley desert strait straits canal
dam coast shore beach square plaza street avenue road boulevard highway bridge tower towers palace castle fort
chapel basilica temple shrine stadium arena airport airbase station port harbour harbor crossing checkpoint
park gardens garden cemetery prison camp building theatre theater hall gate wall quarter neighborhood
neighbourhood compound falls forest
`);

/** Heads that are also common surnames ("Stuart Hall", "Fiona Hill"): a place only without a given name. */
export const SURNAME_HEADS = set('hall street hill hills park wall gate fort camp castle tower towers beach lake bridge bay mount garden gardens');

/** Heads followed by "of" and a name in place names ("Gulf of Aden", "Monastery of Mar Maroun"). */
export const PLACE_OF_HEADS = set('gulf bay sea strait straits isle cape palace monastery cathedral basilica temple shrine tomb lake river mount');

/** Events, agreements, awards, vehicles and weapons: named, but never actors. */
export const THING_HEADS = set(`
agreement accord accords treaty pact deal protocol convention charter declaration act bill law doctrine plan
prize award awards cup trophy medal championship championships games olympics tournament festival fair expo
summit conference forum war wars revolution uprising spring crisis offensive operation campaign storm
missile missiles rocket rockets bomb bombs drone drones tank tanks jet jets aircraft submarine carrier warship
reaper tomahawk iphone ipad galaxy pixel playstation xbox model
`);

/** Prefixes of ships' names ("USS Harry S. Truman"): a vessel, never a person. */
export const VESSEL_PREFIXES = set('uss hms hmas hmcs ins mv ss rfa');
