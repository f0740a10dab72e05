"""The pygame-ce shell: app loop, scene stack, scenes, widgets and theme."""
