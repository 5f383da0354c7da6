"""Joint projects, exchanges and events, from curated fact files (each row with its sources).

Participants are named in ``project_participants.csv`` by name and country, and placed
through the same city registry as every other source.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from graph.curate.inputs import read_table, source_ids
from graph.curate.places import PlaceKey, PlaceRegistry
from graph.model import Participation, Project, ProjectField, ProjectSdg, Record


@dataclass
class ProjectData:
    projects: list[Project] = field(default_factory=list)
    participants: list[tuple[str, PlaceKey, str | None, list[str]]] = field(default_factory=list)
    fields: list[ProjectField] = field(default_factory=list)
    sdgs: list[ProjectSdg] = field(default_factory=list)

    @property
    def places(self) -> set[PlaceKey]:
        return {place for _, place, _, _ in self.participants}

    def records(self, ids: dict[PlaceKey, str]) -> dict[str, list[Record]]:
        participations: list[Record] = [
            Participation(project=project, city=ids[place], role=role, sources=sources)
            for project, place, role, sources in self.participants
        ]
        return {
            "projects.csv": list(self.projects),
            "participations.csv": participations,
            "project_fields.csv": list(self.fields),
            "project_sdgs.csv": list(self.sdgs),
        }


def build_projects(curated: Path, registry: PlaceRegistry) -> ProjectData:
    data = ProjectData()
    for row in read_table(curated / "projects.csv"):
        data.projects.append(Project(**{k: v for k, v in row.items() if k in Project.model_fields}))
    for row in read_table(curated / "project_participants.csv"):
        sources = source_ids(row["sources"])
        lookups = tuple(n for n in (row.get("lookup_name", ""),) if n)
        place = registry.add(row["city"], row["country"], sources[0], lookup_names=lookups)
        data.participants.append((row["project"], place, row["role"] or None, sources))
    for row in read_table(curated / "project_fields.csv"):
        data.fields.append(ProjectField(**row))
    for row in read_table(curated / "project_sdgs.csv"):
        data.sdgs.append(ProjectSdg(**row))
    return data
