// Unit names for ids the services return (receipts, lineage, members): one request per unit,
// remembered for the page's lifetime; an id stays when the directory cannot name the unit.
import { api } from './api.js';

const names = new Map();

export function unitName(id) {
  if (!names.has(id)) {
    names.set(id, api('/api/org/units/' + encodeURIComponent(id)).then((unit) => unit.name, () => id));
  }
  return names.get(id);
}

/** The units of my subtree below my own unit (for forwarding and moving), ordered by path. */
export async function subtreeBelow(session) {
  const page = await api('/api/org/units/' + encodeURIComponent(session.unitId) + '/subtree?size=500');
  return page.items.filter((unit) => unit.id !== session.unitId);
}

export const KINDS = {
  CENTRAL_COMMITTEE: 'Trung ương', PROVINCIAL_COMMITTEE: 'Tỉnh ủy', COMMISSION: 'Ban',
  COMMUNE_COMMITTEE: 'Đảng ủy xã/phường', BLOC_COMMITTEE: 'Đảng ủy khối',
  GRASSROOTS_COMMITTEE: 'Đảng bộ cơ sở', PARTY_CELL: 'Chi bộ', STATE_BODY: 'Cơ quan nhà nước',
};
