# Prints, as JSON, the language the browser's accessibility tree (AT-SPI)
# gives the text of every link in the browser whose process id is argv[1]:
# [{"name": ..., "language": ...}, ...]. That is the language Orca asks the
# voice for. Run with Debian's python3, which has the AT-SPI bindings Orca uses.
import json
import sys

import gi

gi.require_version('Atspi', '2.0')
from gi.repository import Atspi  # noqa: E402

pid = int(sys.argv[1])
links = []


def walk(node):
    try:
        role = node.get_role()
        count = node.get_child_count()
    except Exception:
        return
    if role == Atspi.Role.LINK:
        attributes = Atspi.Text.get_text_attributes(node, 0)[0] if 'Text' in node.get_interfaces() else {}
        links.append({'name': node.get_name(), 'language': attributes.get('language', '')})
    for i in range(count):
        child = node.get_child_at_index(i)
        if child:
            walk(child)


desktop = Atspi.get_desktop(0)
for i in range(desktop.get_child_count()):
    app = desktop.get_child_at_index(i)
    if app and app.get_process_id() == pid:
        walk(app)
print(json.dumps(links, ensure_ascii=False))
