import crypto from 'node:crypto';
import { z } from 'zod';
import { adminCall } from '../helpers/admin.ts';
import { publicTypes } from '../helpers/content-types.ts';

export interface PlantedDraft {
  plural: string;
  documentId: string;
  /** `draft-only`: never published; `edited`: published, with an unpublished edit of its title. */
  kind: 'draft-only' | 'edited';
  marker: string;
}

export interface DraftMarkers {
  texts: string[];
  drafts: PlantedDraft[];
}

const List = z.object({ data: z.array(z.object({ documentId: z.string() })) });
const Created = z.object({ documentId: z.string() });

/** The first published (sv) document of a type, as the public sees it. */
async function firstPublished(cmsUrl: string, plural: string): Promise<string> {
  const res = await fetch(`${cmsUrl}/api/${plural}?locale=sv&pagination[pageSize]=1`);
  const id = List.parse(await res.json()).data[0]?.documentId;
  if (!id) throw new Error(`no published ${plural} to edit`);
  return id;
}

/**
 * Makes drafts an outsider must never read, as an editor would in the admin (content manager, as `token`: a super admin), for
 * every public type: an unpublished edit of a published document and, where the type's rules allow a bare draft, a
 * draft-only document. Their titles are markers that no public answer may contain.
 */
export async function plantDrafts(cmsUrl: string, token: string): Promise<DraftMarkers> {
  const drafts: PlantedDraft[] = [];
  for (const type of publicTypes()) {
    const cm = `/content-manager/collection-types/${type.uid}`;
    const edited = await firstPublished(cmsUrl, type.plural);
    const editMarker = `Zq hostile unpublished edit ${type.plural}`;
    const edit = await adminCall(cmsUrl, token, 'PUT', `${cm}/${edited}?locale=sv`, { [type.titleField]: editMarker });
    if (edit.status !== 200) throw new Error(`editing a ${type.plural} draft: HTTP ${edit.status} ${edit.text.slice(0, 300)}`);
    drafts.push({ plural: type.plural, documentId: edited, kind: 'edited', marker: editMarker });

    // A fresh suffix, so a stack reused between runs (KN_E2E_SITE_URL) takes a new draft-only document each time.
    const run = crypto.randomBytes(3).toString('hex');
    const onlyMarker = `Zq hostile draft only ${type.plural} ${run}`;
    const slug = `zq-hostile-draft-only-${type.plural}-${run}`;
    const created = await adminCall(cmsUrl, token, 'POST', `${cm}?locale=sv`, { ...type.draftFields, [type.titleField]: onlyMarker, slug });
    const parsed = Created.safeParse(created.data);
    if (created.status < 300 && parsed.success) drafts.push({ plural: type.plural, documentId: parsed.data.documentId, kind: 'draft-only', marker: onlyMarker });
    else console.log(`hostile: no draft-only ${type.plural} (HTTP ${created.status} ${created.text.slice(0, 160)}); its unpublished edit still counts`);
  }
  console.log(`hostile: planted ${drafts.length} drafts (${drafts.filter((d) => d.kind === 'draft-only').length} draft-only)`);
  return { texts: drafts.map((d) => d.marker), drafts };
}
