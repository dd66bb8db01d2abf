# Starts Orca like /usr/bin/orca does, with three changes the screen-reader
# suite needs (see desktop.mjs):
# - `orca --replace` and a plain `orca` look for other Orca processes of the
#   same user by name (pgrep -x orca): the first kills them, the second refuses
#   to start. Several sessions (other engineers, the two browsers) share one
#   user on CI machines, so this launcher neither kills nor refuses, and it
#   names its process orca-kit-sr so that nobody else's `orca --replace` kills it.
# - The debug log is written line by line (Orca leaves it block-buffered), so
#   the suite can follow it while Orca runs.
# - The log is UTF-8 whatever the locale.
import builtins
import importlib.machinery
import importlib.util
import sys

loader = importlib.machinery.SourceFileLoader('orca_cli', '/usr/bin/orca')
spec = importlib.util.spec_from_loader('orca_cli', loader)
cli = importlib.util.module_from_spec(spec)
loader.exec_module(cli)

cli.otherOrcas = lambda: []
set_name = cli.setProcessName
cli.setProcessName = lambda name: set_name('orca-kit-sr')
cli.open = lambda path, mode='r': builtins.open(path, mode, buffering=1, encoding='utf-8')

sys.argv = ['orca'] + sys.argv[1:]
sys.exit(cli.main())
