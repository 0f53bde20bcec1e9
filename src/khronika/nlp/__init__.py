"""Natural language processing under every component: segmentation, natasha's models, the working ``Doc``, Russian word forms."""
