/** Made-up articles in the styles of other outlets, for grouping tests (not the bundled corpus). */

/** Wire copy about a storm, published the same day as the bundled March reports. */
export const STORM_WIRE = `MIAMI (Wire) — A powerful storm system tore through the Florida Panhandle on Sunday, knocking out power to more than 200,000 homes and forcing the closure of two interstate highways, state officials said.
Governor Ron DeSantis declared a state of emergency in 14 counties and said National Guard troops had been placed on standby.
"This is a dangerous storm and people need to stay off the roads," DeSantis told reporters in Tallahassee.
The National Weather Service said wind gusts reached 90 mph near Panama City, where a roof was torn from a school gymnasium.
Utility crews from Georgia and Alabama were being sent to help restore electricity, which could take several days in rural areas.
Forecasters warned that flash flooding remained a risk overnight as the system moved toward Georgia.`;

/** A tabloid follow-up of the same storm, a day later, rewritten. */
export const STORM_TABLOID = `STORM CHAOS: Florida Panhandle battered as 200,000 homes left in the dark
Terrified residents of the Florida Panhandle were left without power on Monday after a monster storm ripped roofs off buildings and shut two interstate highways.
Governor Ron DeSantis declared an emergency across 14 counties and put National Guard troops on standby.
"Stay off the roads," DeSantis begged, warning the storm was dangerous.
Gusts of 90 mph were recorded near Panama City, where a school gymnasium lost its roof, the National Weather Service said.
Power crews from Georgia and Alabama raced to help, but rural areas may wait days for electricity.`;

/** A broadsheet business story on the same Sunday: unrelated to the storm and to the war. */
export const EARNINGS_BROADSHEET = `Shares in the chipmaker Novatek Semiconductor jumped in early trading after the company reported quarterly revenue well ahead of analysts' expectations.
Chief executive Laura Brennan credited strong demand from data-centre operators building artificial intelligence systems, and raised the company's forecast for the rest of the year.
Novatek said revenue rose 38 percent to $4.2 billion, while profit margins widened as the cost of memory components fell.
Analysts at several banks lifted their price targets, although some cautioned that export restrictions on advanced chips could weigh on sales in Asia.
Brennan told investors on a conference call that the company would open a second fabrication plant in Arizona by 2027.`;

/** A live blog about a football transfer, published the same Sunday. */
export const TRANSFER_LIVE_BLOG = `Live: Madrid close in on record transfer for striker Tomas Varga
12:05 Real Madrid are understood to be in advanced talks with Benfica over a move for the Hungarian striker Tomas Varga, in a deal that could reach 120 million euros.
12:40 Varga's agent was seen arriving at the club's training ground in Valdebebas, according to Spanish radio.
13:15 Benfica's president said the club would not sell "for a cent less than the release clause".
14:02 Madrid coach Carlo Ancelotti declined to comment on Varga at his press conference, saying only that the squad was "complete for now".`;
