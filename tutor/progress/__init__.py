"""Progress you can see: where you stand on a path (`paths`, drawn by `path_view`) and the
figures of `tutor stats` (`stats`, drawn by `stats_view`).

Nothing is imported here: each command loads only the modules it uses.
"""

__all__ = ["path_view", "paths", "stats", "stats_view"]
