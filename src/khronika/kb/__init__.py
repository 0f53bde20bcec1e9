"""The layers under the pipeline's components: the knowledge base (gazetteer, offices, titles, adjectives)."""
