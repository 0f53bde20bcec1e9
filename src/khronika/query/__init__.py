"""Questions asked of the chronicle store: filtered events, an actor's timeline, the actor
network and the agenda of planned events."""
