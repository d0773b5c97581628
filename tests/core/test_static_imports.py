"""The page's ES modules import only names their modules export. A browser reports a missing export
only when the page loads (and then nothing runs), so this catches it without a browser: two
branches once merged into a page whose patch.js and running.js imported names that had moved."""
from __future__ import annotations

import re
from pathlib import Path

STATIC = Path(__file__).resolve().parents[2] / "learndash" / "static"
IMPORT = re.compile(r'import \{([^}]*)\} from "([^"]+)"')


def test_every_named_import_is_exported():
    """W-1 (the page's own scripts): each `import { name } from "./module.js"` names an export."""
    missing = []
    for path in sorted(STATIC.rglob("*.js")):
        for names, module in IMPORT.findall(path.read_text(encoding="utf-8")):
            source = (path.parent / module).resolve().read_text(encoding="utf-8")
            for name in (part.strip().split(" as ")[0] for part in names.split(",") if part.strip()):
                if not re.search(rf"^export (?:async )?(?:function|class|const|let) {name}\b", source, re.MULTILINE):
                    missing.append(f"{path.relative_to(STATIC)} imports {name} from {module}")
    assert missing == []
    assert len(list(STATIC.rglob("*.js"))) > 10  # the modules were found
