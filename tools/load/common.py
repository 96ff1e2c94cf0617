"""What tools/load's modules share: its progress messages."""


def say(message):
    print(f"[load] {message}", flush=True)
